/**
 * The column-mapping step for a table that is neither ACLED nor UCDP, or whose columns share a
 * name: the reader says which column holds the date, the coordinates and, if any, the rest. A
 * header of any width: past `LIST_ALL` columns, one search box narrows every list. Columns that
 * share a name are named here, each with its number. The file's text is shown as text. Loaded
 * only when such a file is imported.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../state/use-lang';
import { type ColumnMapping, MAPPABLE, type MappableField, REQUIRED } from '../parse/formats';
import { type Job, setJob } from '../store';
import { indexColumns, LIST_ALL, optionsFor, SHOWN, searchColumns } from './column-search';

type MappingJob = Extract<Job, { phase: 'mapping' }>;
type Chosen = Partial<Record<MappableField, string>>;

/** Columns the sample table shows at most (the chosen ones first). */
const SAMPLE_COLUMNS = 8;

function toMapping(chosen: Chosen): ColumnMapping | null {
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
  const { header, sample, duplicates } = job.question;
  const [chosen, setChosen] = useState<Chosen>(job.initial);
  const [query, setQuery] = useState('');
  const mapping = toMapping(chosen);
  const wide = header.length > LIST_ALL;
  // Lower-cased names for the search, made on the first search (not while the step opens).
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? indexColumns(header) : null), [header, searching]);
  const matches = useMemo(
    () =>
      index
        ? searchColumns(index, query)
        : { names: header.slice(0, wide ? SHOWN : header.length), total: header.length },
    [index, query, wide, header],
  );
  const shownColumns = useMemo(() => {
    const picked = MAPPABLE.map((f) => chosen[f]).filter((c): c is string => !!c);
    return [...new Set([...picked, ...header.slice(0, SAMPLE_COLUMNS)])].slice(0, SAMPLE_COLUMNS);
  }, [chosen, header]);

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
        {duplicates.length > 0 && (
          <ul className="mapping-duplicates" data-testid="mapping-duplicates">
            {duplicates.map((d) => (
              <li key={d.name}>
                {t('import.mapping.duplicate', { name: d.name, columns: d.columns.join(', ') })}
              </li>
            ))}
          </ul>
        )}
        {wide && (
          <label className="mapping-search">
            <span>{t('import.mapping.search')}</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby={`${id}-found`}
            />
            <span id={`${id}-found`} className="mapping-found" aria-live="polite">
              {t('import.mapping.found', {
                count: matches.total,
                shown: matches.names.length,
                total: header.length,
              })}
            </span>
          </label>
        )}
        <div className="mapping-fields">
          {MAPPABLE.map((field) => {
            const required = REQUIRED.includes(field);
            const current = chosen[field];
            return (
              <label key={field}>
                <span>
                  {t(`import.field.${field}`)}
                  {required && <em> ({t('import.mapping.required')})</em>}
                </span>
                <select
                  value={current ?? ''}
                  required={required}
                  onChange={(e) => setChosen({ ...chosen, [field]: e.target.value || undefined })}
                >
                  <option value="">{t('import.mapping.none')}</option>
                  {optionsFor(matches, current).map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </div>
        {sample.length > 0 && (
          <div className="mapping-sample">
            <table>
              <caption>{t('import.mapping.sample')}</caption>
              <thead>
                <tr>
                  {shownColumns.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sample.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are positional
                  <tr key={r}>
                    {shownColumns.map((h) => (
                      <td key={h}>{row[header.indexOf(h)] ?? ''}</td>
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
