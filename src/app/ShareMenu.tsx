/**
 * Share the view: copy the link (with a visible confirmation), the system share sheet where the
 * browser has one (phones), and a ready-to-paste citation of the view.
 */
import { useState } from 'react';
import { today } from '../data/dates';
import { DATA_VERSION } from '../data/files';
import { useLang, useT } from '../i18n';
import { formatDay } from '../i18n/format-date';
import { useView } from '../state/view-store';

type Feedback = 'share.copied' | 'share.citeCopied' | 'share.copyFailed' | null;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareMenu() {
  const t = useT();
  const lang = useLang();
  const date = useView((s) => s.date);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [citation, setCitation] = useState<string | null>(null);
  const canShare = typeof navigator.share === 'function';

  const say = (f: Feedback) => {
    setFeedback(f);
    setTimeout(() => setFeedback(null), 4000);
  };

  const cite = async () => {
    const text = t('share.citation', {
      date: formatDay(lang, date),
      version: DATA_VERSION,
      accessed: formatDay(lang, today()),
      url: window.location.href,
    });
    setCitation(text);
    say((await copy(text)) ? 'share.citeCopied' : 'share.copyFailed');
  };

  return (
    <div className="share">
      <button
        type="button"
        onClick={async () =>
          say((await copy(window.location.href)) ? 'share.copied' : 'share.copyFailed')
        }
      >
        {t('share.copy')}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() =>
            navigator.share({ title: t('app.title'), url: window.location.href }).catch(() => {})
          }
        >
          {t('share.share')}
        </button>
      )}
      <button type="button" onClick={cite}>
        {t('share.cite')}
      </button>
      <p className="share-feedback" role="status" aria-live="polite">
        {feedback ? t(feedback) : ''}
      </p>
      {citation && (
        <div className="citation">
          <label>
            <span className="visually-hidden">{t('share.cite')}</span>
            <textarea readOnly value={citation} rows={3} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => setCitation(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
