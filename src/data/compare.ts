/**
 * What changed between two days, per actor: the sites each actor opened, left or handed over,
 * and the events, for the period after the earlier day up to and including the later one
 * (`(from, to]`: the compared day shows the "before", the slider's day the "after"). Pure; the
 * time rule is the one of `dates.ts` (a site's status on each of the two days).
 */
import type { Dataset } from './dataset';
import { firstShownDay, type Status, statusAt } from './dates';
import type { AnyRecord, MoveRecord, PlaceRecord } from './model';
import { type Actor, LAYER_IDS, type LayerId, type RecordKind } from './schema';
import { chosen } from './shown';

export interface ActorChanges {
  readonly actor: Actor;
  /** Sites not yet there on the first day, there (or arriving) on the last. */
  readonly opened: readonly PlaceRecord[];
  /** Sites there on the first day and vacated on the last (the handed-over ones included). */
  readonly left: readonly PlaceRecord[];
  /** The ids, among `left`, of sites handed over to another actor in the period. */
  readonly handedOver: ReadonlySet<string>;
  /** Events and moves of the period, in date order. */
  readonly events: readonly AnyRecord[];
}

export interface Comparison {
  readonly from: number;
  readonly to: number;
  readonly actors: readonly ActorChanges[];
  /** Every record that changed in the period (the map marks them). */
  readonly ids: readonly string[];
}

const GONE: ReadonlySet<Status> = new Set(['ended']);
const NOT_YET: ReadonlySet<Status> = new Set(['future']);

/** Whether a dated record (event, move) happened in the period: not yet on the first day, on or
 * past on the last. */
function happened(r: AnyRecord, from: number, to: number): boolean {
  return NOT_YET.has(statusAt(r.span, from)) && !NOT_YET.has(statusAt(r.span, to));
}

export function compare(
  dataset: Dataset,
  a: number,
  b: number,
  options: { layers?: readonly LayerId[]; hidden?: readonly RecordKind[] } = {},
): Comparison {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  const filter = { layers: options.layers ?? LAYER_IDS, hidden: options.hidden ?? [] };
  const shown = (r: AnyRecord) => chosen(r, filter);
  const byActor = new Map<
    Actor,
    { opened: PlaceRecord[]; left: PlaceRecord[]; handedOver: Set<string>; events: AnyRecord[] }
  >();
  const entry = (actor: Actor) => {
    let e = byActor.get(actor);
    if (!e) {
      e = { opened: [], left: [], handedOver: new Set(), events: [] };
      byActor.set(actor, e);
    }
    return e;
  };
  const ids: string[] = [];
  const handovers: MoveRecord[] = [];
  for (const layer of dataset.layers) {
    for (const r of layer.records) {
      if (!shown(r)) continue;
      if (r.type === 'site') {
        const before = statusAt(r.span, from);
        const after = statusAt(r.span, to);
        if (NOT_YET.has(before) && !NOT_YET.has(after)) {
          entry(r.actor).opened.push(r);
          ids.push(r.id);
        }
        if (!GONE.has(before) && !NOT_YET.has(before) && GONE.has(after)) {
          entry(r.actor).left.push(r);
          ids.push(r.id);
        }
        // A site that opened and closed inside the period is in both lists.
        if (NOT_YET.has(before) && GONE.has(after)) {
          entry(r.actor).left.push(r);
        }
      } else if (happened(r, from, to)) {
        entry(r.actor).events.push(r);
        ids.push(r.id);
        if (r.type === 'move' && r.kind === 'handover') handovers.push(r);
      }
    }
  }
  for (const move of handovers) {
    const site = dataset.byId.get(move.props.from);
    if (site && site.type === 'site') byActor.get(site.actor)?.handedOver.add(site.id);
  }
  const actors = [...byActor.entries()].map(([actor, e]) => ({
    actor,
    opened: e.opened,
    left: e.left,
    handedOver: e.handedOver,
    events: e.events.sort((x, y) => firstShownDay(x.span) - firstShownDay(y.span)),
  }));
  actors.sort((x, y) => ACTOR_ORDER.indexOf(x.actor) - ACTOR_ORDER.indexOf(y.actor));
  return { from, to, actors, ids: [...new Set(ids)] };
}

const ACTOR_ORDER: readonly Actor[] = ['france', 'russia', 'local', 'un'];
