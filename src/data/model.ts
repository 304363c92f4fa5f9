/**
 * Turns validated data files into what the app needs, once per file: records with their
 * day intervals and status spans, and the map's GeoJSON with numeric day fields so that the
 * time filter runs on the GPU (the slider only changes a global-state value).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { type DayInterval, parseDate, type Span, spanOf, statusAt } from './dates';
import type {
  Actor,
  EventFeature,
  EventKind,
  LayerId,
  MoveFeature,
  MoveProps,
  RecordProps,
  SiteFeature,
  SiteKind,
} from './schema';

/** How long an event stays on the map after it ends, fading out (days). */
export const EVENT_WINDOW = 180;
/** How long a move's arrow stays on the map after the move (days). */
export const MOVE_WINDOW = 120;

interface RecordBase {
  readonly id: string;
  readonly layer: LayerId;
  readonly actor: Actor;
  readonly span: Span;
}

export interface PlaceRecord extends RecordBase {
  readonly type: 'site' | 'event';
  readonly kind: SiteKind | EventKind;
  readonly props: RecordProps;
  readonly coords: readonly [number, number];
  readonly start: DayInterval | null;
  readonly end: DayInterval | undefined;
}

export interface MoveRecord extends RecordBase {
  readonly type: 'move';
  readonly kind: MoveProps['kind'];
  readonly props: MoveProps;
  readonly coords: readonly (readonly [number, number])[];
  readonly when: DayInterval;
}

export type AnyRecord = PlaceRecord | MoveRecord;

export interface LayerData {
  readonly id: LayerId;
  readonly records: readonly AnyRecord[];
  /** What the map draws: one feature per record, with the day fields s0, s1, e0, e1 (and w1,
   * the end of an event's or move's fading window). */
  readonly geojson: FeatureCollection;
}

function interval(text: string): DayInterval {
  const parsed = parseDate(text);
  // Files are validated before they get here; a bad date is a programming error.
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

export function placeRecord(layer: LayerId, f: SiteFeature | EventFeature): PlaceRecord {
  const p = f.properties;
  const type = layer === 'events' ? 'event' : 'site';
  const start = p.start_date === null ? null : interval(p.start_date);
  // An event without an end is a one-off: it ends with its own start date. A site without an
  // end is still there.
  const endText = p.end_date ?? (type === 'event' ? (p.start_date ?? undefined) : undefined);
  const end = endText === undefined ? undefined : interval(endText);
  const [lon, lat] = f.geometry.coordinates;
  return {
    id: p.id,
    layer,
    type,
    actor: p.actor,
    kind: p.kind,
    props: p,
    coords: [lon, lat],
    start,
    end,
    span: spanOf(start, end),
  };
}

export function moveRecord(f: MoveFeature): MoveRecord {
  const p = f.properties;
  const when = interval(p.date);
  return {
    id: p.id,
    layer: 'moves',
    type: 'move',
    actor: p.actor,
    kind: p.kind,
    props: p,
    coords: f.geometry.coordinates.map(([lon, lat]) => [lon, lat] as const),
    when,
    span: spanOf(when, when),
  };
}

function mapProps(r: AnyRecord): Record<string, string | number> {
  // A site whose start no source gives is drawn "date uncertain" until it ends, never as a
  // plain active site in years where nothing says it was there (Ayorou).
  const span = r.type === 'site' && r.start === null ? { ...r.span, s1: r.span.e0 } : r.span;
  const base = { id: r.id, actor: r.actor, kind: r.kind, ...span };
  if (r.type === 'move') return { ...base, w1: r.span.e1 + MOVE_WINDOW };
  return {
    ...base,
    w1: r.type === 'event' ? r.span.e1 + EVENT_WINDOW : r.span.e1,
    approx: r.props.approximate ? 1 : 0,
    name_fr: r.props['name:fr'],
    name_en: r.props['name:en'],
    label_fr: shortName(r.props['name:fr']),
    label_en: shortName(r.props['name:en']),
  };
}

/** A map label: the name up to its first qualifier ("Gao desert base (PfOD)" → "Gao desert
 * base", "Gao, plateforme opérationnelle désert" → "Gao"). */
export function shortName(name: string): string {
  return name.split(/ \(|, | \/ /)[0]?.trim() || name;
}

export function toGeoJSON(records: readonly AnyRecord[]): FeatureCollection {
  const features = records.map(
    (r): Feature<Point | LineString> => ({
      type: 'Feature',
      id: undefined,
      properties: mapProps(r),
      geometry:
        r.type === 'move'
          ? { type: 'LineString', coordinates: r.coords.map((c) => [...c]) }
          : { type: 'Point', coordinates: [...r.coords] },
    }),
  );
  return { type: 'FeatureCollection', features };
}

export function buildLayer(
  id: LayerId,
  collection: { features: readonly (SiteFeature | EventFeature | MoveFeature)[] },
): LayerData {
  const records = collection.features.map((f) =>
    f.geometry.type === 'LineString'
      ? moveRecord(f as MoveFeature)
      : placeRecord(id, f as SiteFeature | EventFeature),
  );
  return { id, records, geojson: toGeoJSON(records) };
}

/** Is the record drawn on the map at this day? (The CPU twin of the GPU filters, for lists.) */
export function visibleAt(r: AnyRecord, day: number): boolean {
  if (day < r.span.s0) return false;
  if (r.type === 'site') return true; // vacated sites stay, greyed, so the withdrawal reads
  const window = r.type === 'event' ? EVENT_WINDOW : MOVE_WINDOW;
  return day < r.span.e1 + window;
}

export { statusAt };
