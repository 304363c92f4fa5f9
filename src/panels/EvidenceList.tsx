/** "Dates and their evidence": each date of a record with what each source backing it states,
 * in the reader's language, and a link to the source. */
import type { AnyRecord } from '../data/model';
import { formatDateText } from '../i18n/format-date';
import { useLang, useT } from '../state/use-lang';
import { dateEvidence } from './evidence';
import { SourceLink } from './SourceLink';

export function EvidenceList({ record }: { record: AnyRecord }) {
  const t = useT();
  const lang = useLang();
  const dates = dateEvidence(record);
  if (dates.length === 0) return null;
  return (
    <section>
      <h3>{t('evidence.title')}</h3>
      <dl className="evidence" data-testid="details-evidence">
        {dates.map(({ field, date, sources }) => (
          <div key={field} className="evidence-date" data-field={field}>
            <dt>
              {t(`evidence.${field}`)} {formatDateText(lang, date, 'short')}
            </dt>
            {sources.map((s) => (
              <dd key={s.url}>
                {s[`states:${lang}`]} · <SourceLink url={s.url} publisher={s.publisher} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
