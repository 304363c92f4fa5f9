/**
 * "Compare": what changed between the compared day (`compare=`) and the slider's day, per actor
 * with counts ("France: left 7 sites"), each item opening its record; the map rings the same
 * records. The logic is `compare.ts`.
 */

import { compare } from '../data/compare';
import type { Dataset } from '../data/dataset';
import { clampDay } from '../data/dates';
import type { AnyRecord } from '../data/model';
import { actorName } from '../i18n/actor-text';
import { datePhrase, formatDay } from '../i18n/format-date';
import { recordName } from '../i18n/record-text';
import { selectRecord, setCompare } from '../state/actions';
import { useDateFormat } from '../state/use-date-field';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { actorColor } from '../theme/palette';
import { DateField } from '../ui/DateField';
import './panels.css';

/** What happened to a record and when, at the date's own precision ("handed over 14 Dec 2021",
 * "arrived between Nov and Dec 2021"), never a day the data does not give. */
function change(r: AnyRecord, label: string | null, field: 'start' | 'end', lang: 'fr' | 'en') {
  const text =
    r.type === 'move' ? r.props.date : field === 'end' ? r.props.end_date : r.props.start_date;
  if (!text) return label ?? '';
  const when = datePhrase(lang, text, 'stamp', 'short');
  return label ? `${label} ${when}` : when;
}

function Item({ r, dataset, what }: { r: AnyRecord; dataset: Dataset; what: string }) {
  const lang = useLang();
  return (
    <li>
      <button
        type="button"
        className="list-button record"
        style={{ borderLeftColor: actorColor(r.actor) }}
        onClick={() => selectRecord(r, { fly: true })}
      >
        <span className="record-name">{recordName(r, lang, dataset.byId)}</span>
        <span className="record-status">{what}</span>
      </button>
    </li>
  );
}

export function ComparePanel({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const lang = useLang();
  const day = useView((s) => s.date);
  const compareDay = useView((s) => s.compare);
  const layers = useView((s) => s.layers);
  const hidden = useView((s) => s.hidden);
  const dates = useDateFormat();
  if (!dataset) return <p role="status">{t('app.loading')}</p>;
  if (compareDay === null) return null;
  const result = compare(dataset, compareDay, day, { layers, hidden });
  const period = t('compare.period', {
    from: formatDay(lang, result.from),
    to: formatDay(lang, result.to),
  });
  return (
    <div className="compare on-date">
      <div className="compare-controls">
        <DateField
          dates={dates}
          label={t('compare.since')}
          value={compareDay}
          min={dataset.range.min}
          max={dataset.range.max}
          onChange={(day) => setCompare(clampDay(day, dataset.range))}
        />
        <button type="button" onClick={() => setCompare(null)}>
          {t('compare.stop')}
        </button>
      </div>
      <p className="compare-period">{period}</p>
      {result.actors.length === 0 && <p>{t('compare.none')}</p>}
      {result.actors.map((a) => {
        const counts = [
          a.left.length > 0 ? t('compare.left', { count: a.left.length }) : null,
          a.opened.length > 0 ? t('compare.opened', { count: a.opened.length }) : null,
          a.events.length > 0 ? t('compare.events', { count: a.events.length }) : null,
        ].filter((x) => x !== null);
        return (
          <section key={a.actor} aria-labelledby={`compare-${a.actor}`}>
            <h3 id={`compare-${a.actor}`}>
              {t('compare.summary', { actor: actorName(lang, a.actor), counts: counts.join(', ') })}
            </h3>
            <ul>
              {a.left.map((r) => (
                <Item
                  key={`left-${r.id}`}
                  r={r}
                  dataset={dataset}
                  what={change(
                    r,
                    t(a.handedOver.has(r.id) ? 'compare.handedOver' : 'compare.leftItem'),
                    'end',
                    lang,
                  )}
                />
              ))}
              {a.opened.map((r) => (
                <Item
                  key={`opened-${r.id}`}
                  r={r}
                  dataset={dataset}
                  what={change(r, t('compare.openedItem'), 'start', lang)}
                />
              ))}
              {a.events.map((r) => (
                <Item
                  key={`event-${r.id}`}
                  r={r}
                  dataset={dataset}
                  what={change(r, null, 'start', lang)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {result.ids.length > 0 && <p className="compare-note">{t('compare.onMap')}</p>}
    </div>
  );
}
