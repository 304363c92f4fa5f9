/**
 * Two rules about records entered twice, for the data check: no two places of one actor within
 * `SAME_PLACE_KM` of each other over overlapping time (merge them: one id stays, the other goes
 * into its `former_ids`), and a former id is no id in use and belongs to one record only.
 * Operations are not places (a task force based at a camp is not the camp).
 */
import { parseDate } from './dates';

export const SAME_PLACE_KM = 1;

export interface PlaceEntry {
  readonly file: string;
  readonly id: string;
  readonly props: Record<string, unknown>;
  readonly point: readonly unknown[] | undefined;
}

type Report = (file: string, id: string, field: string, message: string) => void;

const EARTH_KM = 6371;

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The days a place may have been there: from its start's first day (or always) to the end of
 * its end's window (or for ever). */
function presence(p: Record<string, unknown>): [number, number] | null {
  const start = typeof p.start_date === 'string' ? parseDate(p.start_date) : null;
  const end = typeof p.end_date === 'string' ? parseDate(p.end_date) : null;
  if (typeof start === 'string' || typeof end === 'string') return null;
  return [
    start ? start.first : Number.NEGATIVE_INFINITY,
    end ? end.afterLast : Number.POSITIVE_INFINITY,
  ];
}

const isPoint = (p: readonly unknown[] | undefined): p is readonly [number, number] =>
  Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number';

export function sameActorSamePlace(places: readonly PlaceEntry[], at: Report): void {
  const sites = places.filter((e) => e.props.kind !== 'operation' && isPoint(e.point));
  sites.forEach((a, i) => {
    for (const b of sites.slice(i + 1)) {
      if (a.props.actor !== b.props.actor) continue;
      const pa = presence(a.props);
      const pb = presence(b.props);
      if (!pa || !pb || pa[0] >= pb[1] || pb[0] >= pa[1]) continue;
      if (!isPoint(a.point) || !isPoint(b.point)) continue;
      if (distanceKm(a.point, b.point) > SAME_PLACE_KM) continue;
      at(
        b.file,
        b.id,
        'geometry',
        `the same place as ${a.id} over overlapping time: merge them (one id stays, the other in its former_ids)`,
      );
    }
  });
}

export function formerIdRules(
  places: readonly PlaceEntry[],
  ids: ReadonlySet<string>,
  at: Report,
): void {
  const owner = new Map<string, string>();
  for (const e of places) {
    const former = Array.isArray(e.props.former_ids) ? e.props.former_ids : [];
    for (const [k, old] of former.entries()) {
      if (typeof old !== 'string') continue;
      if (ids.has(old))
        at(e.file, e.id, `former_ids.${k}`, `"${old}" is the id of a record in use`);
      const first = owner.get(old);
      if (first) at(e.file, e.id, `former_ids.${k}`, `"${old}" is already a former id of ${first}`);
      else owner.set(old, e.id);
    }
  }
}
