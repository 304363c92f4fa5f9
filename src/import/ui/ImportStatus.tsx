/** The import in progress (progress bar, Cancel), its result with every row accounted for and
 * the first skip reasons, a notice when the text's encoding was guessed, or the one message that
 * says why a file was refused. The mapping step loads on demand. */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { loadChunk } from '../../state/stale';
import { useT } from '../../state/use-lang';
import type { Encoding } from '../parse/decode';
import { type Job, setJob, useImports } from '../store';

// In a stale tab (told so), the file goes to the new version with the reload.
type MappingStep = ComponentType<{ job: Extract<Job, { phase: 'mapping' }> }>;
const MappingDialog = lazy<MappingStep>(() =>
  loadChunk(() => import('./MappingDialog')).then(
    (m): { default: MappingStep } => m,
    (): { default: MappingStep } => ({ default: CannotMap }),
  ),
);

function CannotMap({ job }: { job: Extract<Job, { phase: 'mapping' }> }) {
  useEffect(() => job.answer(null), [job]);
  return null;
}

/** Encodings by the names spreadsheets give them. */
const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

export function ImportStatus() {
  const t = useT();
  const job = useImports((s) => s.job);
  if (!job) return null;
  const dismiss = (
    <button type="button" onClick={() => setJob(null)}>
      {t('import.dismiss')}
    </button>
  );
  if (job.phase === 'mapping') {
    return (
      <Suspense fallback={null}>
        <MappingDialog job={job} />
      </Suspense>
    );
  }
  if (job.phase === 'reading') {
    return (
      <div className="import-status" role="status">
        <p>{t('import.reading', { name: job.name })}</p>
        <progress
          value={job.total ? job.done : undefined}
          max={job.total || undefined}
          aria-label={t('import.progress')}
        />
        <button type="button" onClick={job.cancel}>
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (job.phase === 'problem') {
    const key =
      job.problem === 'cancelled'
        ? 'import.problem.cancelled'
        : (`import.problem.${job.problem}` as const);
    return (
      <div className="import-status import-status--error" role="alert">
        <p>{t(key, { name: job.name })}</p>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="import-status" role="status" data-testid="import-result">
      <p>
        {job.imported === 0
          ? t('import.nothing', { name: job.name })
          : job.skipped > 0
            ? t('import.result', { imported: job.imported, count: job.skipped, rows: job.rows })
            : t('import.resultNone', { imported: job.imported, count: job.imported })}
      </p>
      {job.reading.encodingGuessed && (
        <p className="import-notice" data-testid="import-encoding">
          {t('import.encodingGuessed', {
            name: job.name,
            encoding: ENCODING_NAMES[job.reading.encoding],
          })}
        </p>
      )}
      {job.skips.length > 0 && (
        <details className="import-skips" open={job.imported === 0}>
          <summary>{t('import.firstReasons')}</summary>
          <ul>
            {job.skips.map((s) => {
              const reason = t(`import.reason.${s.reason}`, { value: s.value });
              return (
                <li key={s.row}>
                  {s.column === ''
                    ? t('import.reasonRow', { row: s.row, reason })
                    : t('import.reasonLine', { row: s.row, column: s.column, reason })}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {dismiss}
    </div>
  );
}
