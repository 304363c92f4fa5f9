/**
 * A link made with an older version of the record (`v=`) says how many records changed since
 * and lists them; the map shows the current record. Until the reader dismisses it. The
 * changelog is fetched only for such a link.
 */
import { changedSince, compareVersions } from '../data/changelog';
import { useChangelog } from '../data/changelog-query';
import type { Dataset } from '../data/dataset';
import { DATA_VERSION } from '../data/files';
import { recordName } from '../i18n/record-text';
import { uiStore, useUi } from '../state/ui-store';
import { useLang, useT } from '../state/use-lang';
import { openAbout } from './about-store';

/** How many changed records the notice names before "and N more". */
const SHOWN = 6;

export function VersionNotice({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const lang = useLang();
  const linkVersion = useUi((s) => s.linkVersion);
  const older = linkVersion !== null && compareVersions(linkVersion, DATA_VERSION) < 0;
  const log = useChangelog(older);
  if (!older || !log.data) return null;
  const changes = changedSince(log.data, linkVersion);
  if (changes.length === 0) return null;
  const name = (id: string, fallback?: string) => {
    const r = dataset?.byId.get(id);
    return r && dataset ? recordName(r, lang, dataset.byId) : (fallback ?? id);
  };
  return (
    <div className="notice" role="status" data-testid="version-notice">
      <p className="notice-title">{t('versionNotice.title', { count: changes.length })}</p>
      <p>
        {/* `{old}` and `{current}` are left in the sentence by the translation (no value given)
            and put here: each version is a date, kept on one line. */}
        {t('versionNotice.body')
          .split(/(\{old\}|\{current\})/)
          .map((part, i) =>
            part === '{old}' || part === '{current}' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
              <span key={i} className="nowrap">
                {part === '{old}' ? linkVersion : DATA_VERSION}
              </span>
            ) : (
              part
            ),
          )}
      </p>
      <ul>
        {changes.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            {t('versionNotice.item', {
              name: name(c.id, c.entry.name),
              kind: t(`releases.kind.${c.kind}`),
            })}
          </li>
        ))}
        {changes.length > SHOWN && (
          <li>{t('versionNotice.more', { count: changes.length - SHOWN })}</li>
        )}
      </ul>
      <button type="button" onClick={() => openAbout('releases')}>
        {t('versionNotice.all')}
      </button>{' '}
      <button type="button" onClick={() => uiStore.getState().setLinkVersion(null)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
