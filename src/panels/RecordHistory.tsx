/**
 * A record's own history in its details: every release that added, corrected, changed it (or
 * merged another record into it), newest first, with each field's old and new value, the
 * sources that now back it and the reason. The changelog is fetched when the reader opens it.
 */
import { useState } from 'react';
import { type FieldChange, historyOf, type RecordChange } from '../data/changelog';
import { useChangelog } from '../data/changelog-query';
import type { AnyRecord } from '../data/model';
import { formatDateText } from '../i18n/format-date';
import { useLang, useT } from '../state/use-lang';
import { SourceLink } from './SourceLink';

function Change({ c }: { c: FieldChange }) {
  const t = useT();
  return (
    <li>
      <code>{c.field}</code>
      {c.old !== undefined || c.new !== undefined ? (
        <>
          {' '}
          <del>{c.old ?? '—'}</del> → <ins>{c.new ?? '—'}</ins>
        </>
      ) : (
        ` ${t('history.rewritten')}`
      )}
      {c.sources && c.sources.length > 0 && (
        <>
          {' '}
          ({t('history.backedBy')}{' '}
          {c.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ', '}
              <SourceLink url={s.url} publisher={s.publisher} />
            </span>
          ))}
          )
        </>
      )}
      {c.reason && (
        <>
          {' '}
          {t('history.reason')} {c.reason}
        </>
      )}
    </li>
  );
}

function Entry({ h }: { h: RecordChange }) {
  const t = useT();
  const lang = useLang();
  const { entry } = h;
  return (
    <li data-testid="history-entry">
      <strong>
        {formatDateText(lang, h.release.slice(0, 10), 'short')} · {t(`releases.kind.${h.kind}`)}
      </strong>
      {entry.merged_into &&
        ` (${entry.id}, ${t('releases.mergedInto', { name: entry.merged_into })})`}
      {entry.changes && entry.changes.length > 0 && (
        <ul>
          {entry.changes.map((c) => (
            <Change key={c.field} c={c} />
          ))}
        </ul>
      )}
      {entry.reason && (
        <p className="history-reason">
          {t('history.reason')} {entry.reason}
        </p>
      )}
    </li>
  );
}

export function RecordHistory({ record }: { record: AnyRecord }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const log = useChangelog(open);
  const history = log.data ? historyOf(log.data, record.id, record.props.former_ids ?? []) : [];
  const first = log.data?.releases[0]?.version ?? '';
  return (
    <details
      className="record-history"
      data-testid="record-history"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('history.title')}</summary>
      {log.isPending && open && <p>{t('releases.loading')}</p>}
      {log.isError && <p>{t('releases.failed')}</p>}
      {log.data &&
        (history.length > 0 ? (
          <ul className="history">
            {history.map((h) => (
              <Entry key={`${h.release}|${h.kind}|${h.id}`} h={h} />
            ))}
          </ul>
        ) : (
          <p>{t('history.none', { version: first })}</p>
        ))}
    </details>
  );
}
