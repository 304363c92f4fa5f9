/**
 * Share the view: copy the link (with a visible confirmation), the system share sheet where the
 * browser has one (phones), and a ready-to-paste citation of the view.
 */
import { useState } from 'react';
import { today } from '../data/dates';
import { DATA_VERSION } from '../data/files';
import { formatDay } from '../i18n/format-date';
import { ImportedShareNote } from '../import/index';
import { shareLink } from '../state/share-link';
import { useLang, useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { useView, viewStore } from '../state/view-store';
import { DropMenu } from '../ui/DropMenu';
import { embedLoaderSnippet, embedSnippet } from './embed';
import { ShareBox } from './ShareBox';
import './share.css';

type Feedback =
  | 'share.copied'
  | 'share.citeCopied'
  | 'share.embedCopied'
  | 'share.copyFailed'
  | null;

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
  const [embedCode, setEmbedCode] = useState<{ plain: string; loader: string } | null>(null);
  const canShare = typeof navigator.share === 'function';

  const say = (f: Feedback) => {
    setFeedback(f);
    setTimeout(() => setFeedback(null), 4000);
  };

  const cite = async (close: () => void) => {
    const text = t('share.citation', {
      date: formatDay(lang, date),
      version: DATA_VERSION,
      accessed: formatDay(lang, today()),
      url: currentLink(),
    });
    setEmbedCode(null);
    setCitation(text);
    close();
    say((await copy(text)) ? 'share.citeCopied' : 'share.copyFailed');
  };

  return (
    <DropMenu
      className="share"
      label={t('share.menu')}
      items={(close) => (
        <>
          <button
            type="button"
            onClick={async () => {
              close();
              say((await copy(currentLink())) ? 'share.copied' : 'share.copyFailed');
            }}
          >
            {t('share.copy')}
          </button>
          {canShare && (
            <button
              type="button"
              onClick={() => {
                close();
                navigator.share({ title: t('app.title'), url: currentLink() }).catch(() => {});
              }}
            >
              {t('share.share')}
            </button>
          )}
          <button type="button" onClick={() => void cite(close)}>
            {t('share.cite')}
          </button>
          <button
            type="button"
            onClick={() => {
              close();
              const base = `${window.location.origin}${window.location.pathname}`;
              setCitation(null);
              const view = viewOf(viewStore.getState());
              const title = t('app.title');
              setEmbedCode({
                loader: embedLoaderSnippet(view, base, title, DATA_VERSION),
                plain: embedSnippet(view, base, title, DATA_VERSION),
              });
            }}
          >
            {t('share.embed')}
          </button>
          <ImportedShareNote />
        </>
      )}
    >
      {/* After "Copy link" (no box open): a toast that covers no title. */}
      <p className="share-feedback" role="status" aria-live="polite">
        {feedback && !citation && !embedCode ? t(feedback) : ''}
      </p>
      {embedCode && (
        <ShareBox
          label={t('share.embedCode')}
          texts={[
            {
              label: t('share.embedLoader'),
              text: embedCode.loader,
              rows: 4,
              testId: 'embed-loader',
            },
            { label: t('share.embedPlain'), text: embedCode.plain, rows: 3, testId: 'embed-plain' },
          ]}
          testId="embed-code"
          feedback={feedback ? t(feedback) : ''}
          onCopy={async (text) =>
            say((await copy(text)) ? 'share.embedCopied' : 'share.copyFailed')
          }
          onClose={() => setEmbedCode(null)}
        />
      )}
      {citation && (
        <ShareBox
          label={t('share.cite')}
          texts={[{ text: citation, rows: 4 }]}
          feedback={feedback ? t(feedback) : ''}
          onCopy={async (text) => say((await copy(text)) ? 'share.citeCopied' : 'share.copyFailed')}
          onClose={() => setCitation(null)}
        />
      )}
    </DropMenu>
  );
}
