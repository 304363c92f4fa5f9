/**
 * Share the view: copy the link (with a visible confirmation), the system share sheet where the
 * browser has one (phones), and a ready-to-paste citation of the view.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { today } from '../data/dates';
import { DATA_VERSION } from '../data/files';
import { formatDay } from '../i18n/format-date';
import { ImportedShareNote } from '../import/slots';
import { shareLink } from '../state/share-link';
import { useLang, useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { useView, viewStore } from '../state/view-store';
import { useMenu } from '../ui/use-menu';
import { embedSnippet } from './embed';
import './share.css';

type Feedback = 'share.copied' | 'share.citeCopied' | 'share.copyFailed' | null;

/** The link of the view shown now (read when the reader asks, not on every render). */
const currentLink = () => shareLink(viewOf(viewStore.getState()), window.location);

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
  const [embedCode, setEmbedCode] = useState<string | null>(null);
  const canShare = typeof navigator.share === 'function';
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useMenu(root, '.share-toggle');

  const say = (f: Feedback) => {
    setFeedback(f);
    setTimeout(() => setFeedback(null), 4000);
  };

  const cite = async () => {
    const text = t('share.citation', {
      date: formatDay(lang, date),
      version: DATA_VERSION,
      accessed: formatDay(lang, today()),
      url: currentLink(),
    });
    setCitation(text);
    setOpen(false);
    say((await copy(text)) ? 'share.citeCopied' : 'share.copyFailed');
  };

  return (
    <div className="share" ref={root}>
      <button
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t('share.menu')}
      </button>
      <div id={menuId} className="share-menu" hidden={!open}>
        <button
          type="button"
          onClick={async () => {
            setOpen(false);
            say((await copy(currentLink())) ? 'share.copied' : 'share.copyFailed');
          }}
        >
          {t('share.copy')}
        </button>
        {canShare && (
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              navigator.share({ title: t('app.title'), url: currentLink() }).catch(() => {});
            }}
          >
            {t('share.share')}
          </button>
        )}
        <button type="button" onClick={cite}>
          {t('share.cite')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            const base = `${window.location.origin}${window.location.pathname}`;
            setEmbedCode(embedSnippet(viewOf(viewStore.getState()), base, t('app.title')));
          }}
        >
          {t('share.embed')}
        </button>
        <ImportedShareNote />
      </div>
      <p className="share-feedback" role="status" aria-live="polite">
        {feedback ? t(feedback) : ''}
      </p>
      {embedCode && (
        <div className="citation">
          <label>
            <span>{t('share.embedCode')}</span>
            <textarea readOnly value={embedCode} rows={4} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => setEmbedCode(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
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
