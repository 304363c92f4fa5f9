/**
 * The column-mapping step for a table that is neither ACLED nor UCDP: the reader says which
 * column holds the date, the coordinates and, if any, the rest. The file's text is shown as
 * text. Loaded only when such a file is imported.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../state/use-lang';
import { type ColumnMapping, MAPPABLE, type MappableField, REQUIRED } from '../parse/formats';
import { type Job, setJob } from '../store';

type MappingJob = Extract<Job, { phase: 'mapping' }>;

function toMapping(chosen: Partial<Record<MappableField, string>>): ColumnMapping | null {
  const { date, latitude, longitude } = chosen;
  if (!date || !latitude || !longitude) return null;
  return {
    date,
    latitude,
    longitude,
    endDate: chosen.endDate,
    type: chosen.type,
    actors: chosen.actors ? [chosen.actors] : undefined,
    fatalities: chosen.fatalities,
    notes: chosen.notes,
    source: chosen.source,
  };
}

export default function MappingDialog({ job }: { job: MappingJob }) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState(job.initial);
  const mapping = toMapping(chosen);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const cancel = () => {
    job.answer(null);
    setJob(null);
  };

  return (
    <dialog
      ref={dialog}
      className="mapping"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (mapping) job.answer(mapping);
        }}
      >
        <h2 id={`${id}-title`}>{t('import.mapping.title')}</h2>
        <p>{t('import.mapping.intro', { name: job.name })}</p>
        <div className="mapping-fields">
          {MAPPABLE.map((field) => {
            const required = REQUIRED.includes(field);
            return (
              <label key={field}>
                <span>
                  {t(`import.field.${field}`)}
                  {required && <em> ({t('import.mapping.required')})</em>}
                </span>
                <select
                  value={chosen[field] ?? ''}
                  required={required}
                  onChange={(e) => setChosen({ ...chosen, [field]: e.target.value || undefined })}
                >
                  <option value="">{t('import.mapping.none')}</option>
                  {job.header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </div>
        {job.sample.length > 0 && (
          <div className="mapping-sample">
            <table>
              <caption>{t('import.mapping.sample')}</caption>
              <thead>
                <tr>
                  {job.header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {job.sample.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are positional
                  <tr key={r}>
                    {job.header.map((h, c) => (
                      <td key={h}>{row[c] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="mapping-actions">
          <button type="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
          <button type="submit" disabled={!mapping}>
            {t('import.mapping.ok')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
