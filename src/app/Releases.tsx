/** "What changed in the record": each release, newest first, with its summary, its counts and
 * its records (added, corrected, changed, removed) with the fields each change touched. */
import { CHANGE_KINDS, newestFirst, type Release } from '../data/changelog';
import { useChangelog } from '../data/changelog-query';
import { formatDateText } from '../i18n/format-date';
import { useLang, useT } from '../state/use-lang';

function ReleaseItem({ release }: { release: Release }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="release" data-testid="release">
      <h4>
        {t('releases.release', {
          version: release.version,
          date: formatDateText(lang, release.date),
        })}
      </h4>
      <p>{release[`summary:${lang}`]}</p>
      <p>
        {t('releases.counts', {
          added: release.added.length,
          corrected: release.corrected.length,
          changed: release.changed.length,
          removed: release.removed.length,
        })}
      </p>
      <details>
        <summary>{t('releases.showRecords')}</summary>
        {CHANGE_KINDS.filter((k) => release[k].length > 0).map((kind) => (
          <section key={kind}>
            <h5>{t(`releases.kind.${kind}`)}</h5>
            <ul className="release-records">
              {release[kind].map((e) => (
                <li key={e.id}>
                  <code>{e.id}</code> {e.name}
                  {e.merged_into && ` (${t('releases.mergedInto', { name: e.merged_into })})`}
                  {e.changes && `: ${e.changes.map((c) => c.field).join(', ')}`}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </details>
    </li>
  );
}

export function Releases() {
  const t = useT();
  const log = useChangelog();
  if (log.isError) return <p>{t('releases.failed')}</p>;
  if (!log.data) return <p>{t('releases.loading')}</p>;
  return (
    <ol className="releases">
      {newestFirst(log.data).map((r) => (
        <ReleaseItem key={r.version} release={r} />
      ))}
    </ol>
  );
}
