/**
 * The timeline: every dated change and event by year, the entries of the slider's day
 * highlighted and kept in view as the slider moves; a click sets the date, selects the record
 * and flies to it. Filters by actor and kind.
 */

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { ACTORS, type Actor } from '../data/schema';
import { actorName } from '../i18n/actor-text';
import { formatDateText } from '../i18n/format-date';
import { recordName } from '../i18n/record-text';
import { selectRecord } from '../state/actions';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { actorColor } from '../theme/palette';
import { prefersReducedMotion } from '../ui/media';
import { currentIndex, timelineEntries } from './timeline-entries';
import './timeline.css';

type KindFilter = 'all' | 'sites' | 'events' | 'moves';
const KIND_FILTERS: readonly KindFilter[] = ['all', 'sites', 'events', 'moves'];

export function TimelinePanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const day = useView((s) => s.date);
  const [actor, setActor] = useState<Actor | 'all'>('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const list = useRef<HTMLOListElement>(null);

  const all = useMemo(() => timelineEntries(dataset), [dataset]);
  const entries = all.filter(
    (e) =>
      (actor === 'all' || e.actor === actor) &&
      (kind === 'all' ||
        (kind === 'moves' && e.what === 'move') ||
        (kind === 'events' && e.what === 'event') ||
        (kind === 'sites' && (e.what === 'start' || e.what === 'end'))),
  );
  const current = currentIndex(entries, day);
  const currentDay = entries[current]?.day;

  useEffect(() => {
    if (currentDay === undefined) return;
    list.current
      ?.querySelector('[data-current="true"]')
      ?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [currentDay]);

  let year = '';
  return (
    <div className="timeline">
      <div className="timeline-filters">
        <label>
          {t('timeline.filterActor')}
          <select value={actor} onChange={(e) => setActor(e.target.value as Actor | 'all')}>
            <option value="all">{t('timeline.all')}</option>
            {ACTORS.map((a) => (
              <option key={a} value={a}>
                {actorName(lang, a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.filterKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
            {KIND_FILTERS.map((k) => (
              <option key={k} value={k}>
                {t(`timeline.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol ref={list} className="timeline-list">
        {entries.map((e) => {
          const entryYear = e.dateText.slice(0, 4);
          const heading = entryYear !== year ? entryYear : null;
          year = entryYear;
          const name = recordName(e.record, lang, dataset.byId);
          const label =
            e.what === 'start'
              ? t('timeline.started', { name })
              : e.what === 'end'
                ? t('timeline.ended', { name })
                : t('timeline.event', { name });
          const isCurrent = e.day === currentDay;
          return (
            <li key={e.key} data-current={isCurrent ? 'true' : undefined}>
              {heading && <h3 className="timeline-year">{heading}</h3>}
              <button
                type="button"
                className="list-button timeline-entry"
                style={{ borderLeftColor: actorColor(e.actor) }}
                aria-current={isCurrent ? 'date' : undefined}
                onClick={() => selectRecord(e.record, { fly: true, date: e.day })}
              >
                <span className="timeline-date">{formatDateText(lang, e.dateText, 'short')}</span>
                <span>{label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
