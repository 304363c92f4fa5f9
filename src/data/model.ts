/**
 * Turns validated data files into what the app needs, once per file: records with their day
 * intervals and status spans (`dates.ts`), and the map's GeoJSON (ids, kinds and labels; the
 * map's time looks are computed from the records' spans, see `map/style/looks.ts`).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { type DayInterval, firstShownDay, parseDate, type Span, spanOf } from './dates';
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
import type { Rejected } from './validate';

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
  /** What the map draws: one feature per record, in the order of `records`. */
  readonly geojson: FeatureCollection;
  /** Records of the file left out by the runtime validation (`validate.ts`), named. */
  readonly rejected?: readonly Rejected[];
}

function interval(text: string): DayInterval {
  const parsed = parseDate(text);
  // Files are validated before they get here; a bad date is a programming error.
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** The date texts a place's time is read from. */
export interface PlaceDates {
  readonly start_date: string | null;
  readonly end_date?: string | undefined;
  readonly first_confirmed?: string | undefined;
  readonly last_confirmed?: string | undefined;
}

/** A place's day intervals and status span from its date texts (the records here, and the map
 * file the first map draws, `map-file.ts`). */
export function placeTime(type: 'site' | 'event', p: PlaceDates) {
  const start = p.start_date === null ? null : interval(p.start_date);
  // An event without an end is a one-off: it ends with its own start date. A site without an
  // end is still there.
  const endText = p.end_date ?? (type === 'event' ? (p.start_date ?? undefined) : undefined);
  const end = endText === undefined ? undefined : interval(endText);
  const reports = {
    first: p.first_confirmed === undefined ? undefined : interval(p.first_confirmed),
    last: p.last_confirmed === undefined ? undefined : interval(p.last_confirmed),
  };
  return { start, end, span: spanOf(type, start, end, reports) };
}

/** A move's day and span from its date text. */
export function moveTime(date: string) {
  const when = interval(date);
  return { when, span: spanOf('move', when, when) };
}

export function placeRecord(layer: LayerId, f: SiteFeature | EventFeature): PlaceRecord {
  const p = f.properties;
  const type = layer === 'events' ? 'event' : 'site';
  const { start, end, span } = placeTime(type, {
    start_date: p.start_date,
    end_date: p.end_date,
    first_confirmed: 'first_confirmed' in p ? p.first_confirmed : undefined,
    last_confirmed: 'last_confirmed' in p ? p.last_confirmed : undefined,
  });
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
    span,
  };
}

export function moveRecord(f: MoveFeature): MoveRecord {
  const p = f.properties;
  const { when, span } = moveTime(p.date);
  return {
    id: p.id,
    layer: 'moves',
    type: 'move',
    actor: p.actor,
    kind: p.kind,
    props: p,
    coords: f.geometry.coordinates.map(([lon, lat]) => [lon, lat] as const),
    when,
    span,
  };
}

function mapProps(r: AnyRecord): Record<string, string | number> {
  // `day` orders overlapping event markers: the newest is drawn on top.
  const base = { id: r.id, actor: r.actor, kind: r.kind, day: firstShownDay(r.span) };
  if (r.type === 'move') return base;
  return {
    ...base,
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

/** Where a record is: a place's point, a move's midpoint. */
export function recordCenter(r: AnyRecord): { lon: number; lat: number } {
  if (r.type !== 'move') return { lon: r.coords[0], lat: r.coords[1] };
  const [a, b] = [r.coords[0], r.coords[r.coords.length - 1]];
  return { lon: ((a?.[0] ?? 0) + (b?.[0] ?? 0)) / 2, lat: ((a?.[1] ?? 0) + (b?.[1] ?? 0)) / 2 };
}
