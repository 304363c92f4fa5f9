/**
 * "Suggest a correction" in a record's details: the reader picks the part that is wrong, and
 * gets a `mailto:` link to the corrections address (`data/project.ts`) with the record's id,
 * the part, the view's link and the data version filled in, and the same text to copy for
 * readers without a mail program. Nothing is sent by the page itself.
 */
import { useId, useState } from 'react';
import { DATA_VERSION } from '../data/files';
import type { AnyRecord } from '../data/model';
import { CORRECTIONS_EMAIL } from '../data/project';
import { shareLink } from '../state/share-link';
import { useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { useView } from '../state/view-store';
import { dateEvidence } from './evidence';
import './cite.css';

/** The parts a reader can point at: the record's dates, then the rest. */
function partsOf(r: AnyRecord, t: ReturnType<typeof useT>): { id: string; label: string }[] {
  // The evidence labels end with a colon ("Start:", « Début : »): dropped here.
  const dates = dateEvidence(r).map(({ field }) => ({
    id: field,
    label: t(`evidence.${field}`).replace(/[\s\u00a0]*:$/, ''),
  }));
  const rest = (['location', 'description', 'sources', 'other'] as const)
    .filter((p) => p !== 'location' || r.type !== 'move')
    .map((p) => ({ id: p, label: t(`correct.field.${p}`) }));
  return [...dates, ...rest];
}

export function Correction({ record, name }: { record: AnyRecord; name: string }) {
  const t = useT();
  const selectId = useId();
  const parts = partsOf(record, t);
  const [part, setPart] = useState(parts[0]?.id ?? 'other');
  const [copied, setCopied] = useState<'correct.copied' | 'correct.copyFailed' | null>(null);
  // The view's link as it is now (the record selected, the day, the camera).
  const url = useView((s) => shareLink(viewOf(s), window.location));
  const field = parts.find((p) => p.id === part) ?? parts[0];
  const fieldText = field ? `${field.label} (${field.id})` : part;
  const subject = t('correct.subject', { id: record.id, field: field?.id ?? part });
  const body = t('correct.body', {
    id: record.id,
    name,
    field: fieldText,
    url,
    version: DATA_VERSION,
  });
  const mailto = `mailto:${CORRECTIONS_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const text = `${CORRECTIONS_EMAIL}\n${subject}\n\n${body}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('correct.copied');
    } catch {
      setCopied('correct.copyFailed');
    }
  };

  return (
    <section className="correction" data-testid="correction">
      <h3>{t('correct.title')}</h3>
      <label htmlFor={selectId}>{t('correct.field')}</label>{' '}
      <select id={selectId} value={part} onChange={(e) => setPart(e.target.value)}>
        {parts.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <p>
        <a className="correction-mail" href={mailto} data-testid="correction-link">
          {t('correct.mail', { id: record.id })}
        </a>
      </p>
      <details>
        <summary>{t('correct.noMail', { email: CORRECTIONS_EMAIL })}</summary>
        <textarea readOnly value={text} rows={8} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('correct.copy')}
        </button>{' '}
        <span role="status">{copied ? t(copied) : ''}</span>
      </details>
      <p className="correction-how">{t('correct.how')}</p>
    </section>
  );
}
