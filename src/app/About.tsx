/**
 * "About": what the map is, the licences (CC BY 4.0 for the record, MIT for the code) with the
 * credit to give, how to cite, how corrections work, the data version, and "What changed in the
 * record". A modal `<dialog>` (focus kept inside, Escape closes it); the release list loads only
 * when it is opened.
 */
import { useEffect, useRef } from 'react';
import { DATA_DATE, DATA_VERSION } from '../data/files';
import { CORRECTIONS_EMAIL, DATA_LICENCE } from '../data/project';
import { formatDateText } from '../i18n/format-date';
import { useLang, useT } from '../state/use-lang';
import { closeAbout, openAbout, useAbout } from './about-store';
import { Releases } from './Releases';
import './about.css';

/** "Data as of …": the record's version and its day, on the page and in the embed. */
export function DataAsOf() {
  const t = useT();
  const lang = useLang();
  return (
    <span className="data-as-of" data-testid="data-as-of">
      {t('cite.dataAsOf', {
        date: DATA_DATE ? formatDateText(lang, DATA_DATE, 'short') : '—',
        version: DATA_VERSION,
      })}
    </span>
  );
}

/** The header's line under the title: the data's version and day, and "About". Phones get it
 * on a row of its own (`phone`), where the title has no room beside the buttons. */
export function DataLine({ phone = false }: { phone?: boolean }) {
  const t = useT();
  return (
    <p className={phone ? 'app-data-line app-data-line--phone' : 'app-data-line'}>
      <DataAsOf /> ·{' '}
      <button type="button" className="about-button" onClick={() => openAbout()}>
        {t('about.open')}
      </button>
    </p>
  );
}

export function AboutDialog() {
  const t = useT();
  const open = useAbout();
  const dialog = useRef<HTMLDialogElement>(null);
  const releases = useRef<HTMLElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (open === 'releases') releases.current?.scrollIntoView();
  }, [open]);
  return (
    <dialog ref={dialog} className="about" aria-labelledby="about-title" onClose={closeAbout}>
      {open && (
        <>
          <header className="about-header">
            <h2 id="about-title">{t('about.title')}</h2>
            <button type="button" onClick={closeAbout}>
              {t('about.close')}
            </button>
          </header>
          <p>{t('about.what')}</p>
          <p>
            <DataAsOf />
          </p>
          <h3>{t('about.licences.title')}</h3>
          <p>
            {t('about.licences.data')}{' '}
            <a href={DATA_LICENCE.path} target="_blank" rel="noopener noreferrer">
              {t('about.licences.link')}
            </a>
          </p>
          <p>{t('about.licences.code')}</p>
          <h3>{t('about.credit.title')}</h3>
          <p data-testid="about-credit">{t('about.credit.wording', { version: DATA_VERSION })}</p>
          <p>{t('about.credit.cite')}</p>
          <h3>{t('about.corrections.title')}</h3>
          <p>{t('about.corrections.text', { email: CORRECTIONS_EMAIL })}</p>
          <section ref={releases} aria-labelledby="releases-title">
            <h3 id="releases-title">{t('releases.title')}</h3>
            <Releases />
          </section>
        </>
      )}
    </dialog>
  );
}
