/**
 * "On this date": every site the map shows at the slider's day, grouped by actor with counts,
 * each with its status in words; the text alternative to the map.
 */

import type { Dataset } from '../data/dataset';
import type { AnyRecord } from '../data/model';
import { actorName } from '../i18n/actor-text';
import { recordName } from '../i18n/record-text';
import { selectRecord } from '../state/actions';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { actorColor } from '../theme/palette';
import { groupAtDate } from './on-this-date';
import { statusText } from './status-text';
import './panels.css';

function Item({ r, dataset, day }: { r: AnyRecord; dataset: Dataset; day: number }) {
  const lang = useLang();
  const selected = useView((s) => s.selected === r.id);
  return (
    <li>
      <button
        type="button"
        className="list-button record"
        style={{ borderLeftColor: actorColor(r.actor) }}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectRecord(r, { fly: true })}
      >
        <span className="record-name">{recordName(r, lang, dataset.byId)}</span>
        <span className="record-status">{statusText(r, day, lang)}</span>
      </button>
    </li>
  );
}

export function OnThisDate({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const lang = useLang();
  const day = useView((s) => s.date);
  const layers = useView((s) => s.layers);
  const hidden = useView((s) => s.hidden);
  if (!dataset) return <p role="status">{t('app.loading')}</p>;
  const groups = groupAtDate(
    dataset,
    day,
    layers,
    (r) => recordName(r, lang, dataset.byId),
    hidden,
  );
  const empty = groups.sites.length === 0 && groups.events.length === 0;
  return (
    <div className="on-date">
      {empty && <p>{t('onDate.empty')}</p>}
      {groups.sites.map(({ actor, records }) => (
        <section key={actor} aria-labelledby={`on-date-${actor}`}>
          <h3 id={`on-date-${actor}`}>
            {actorName(lang, actor)}{' '}
            <span className="count">{t('onDate.count', { count: records.length })}</span>
          </h3>
          <ul>
            {records.map((r) => (
              <Item key={r.id} r={r} dataset={dataset} day={day} />
            ))}
          </ul>
        </section>
      ))}
      {groups.events.length > 0 && (
        <section aria-labelledby="on-date-events">
          <h3 id="on-date-events">{t('onDate.recentEvents')}</h3>
          <ul>
            {groups.events.map((r) => (
              <Item key={r.id} r={r} dataset={dataset} day={day} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
