/**
 * The map file: what the first map draws of every record, and no more (ids, points and lines,
 * kinds, actors, dates, short names in both languages, countries), made from the data files at
 * build time (`scripts/build-map-file.ts`, run by `npm run basemap`) and fetched before them. The
 * first picture then waits for a few kilobytes, not for the records' descriptions, notes and
 * sources, which come with the data files after it. The records it holds are the ones the data
 * files give once validated, with the same map properties (`toGeoJSON`) and the same time rule
 * (`placeTime`, `moveTime`).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Span } from './dates';
import { type LayerData, moveTime, placeTime } from './model';
import { ACTORS, type Actor, ALL_KINDS, LAYER_IDS, type LayerId, type RecordKind } from './schema';

/** A place as the map draws it (`PlaceRecord` is one). */
export interface MapPlace {
  readonly id: string;
  readonly layer: LayerId;
  readonly type: 'site' | 'event';
  readonly kind: RecordKind;
  readonly actor: Actor;
  readonly span: Span;
  readonly coords: readonly [number, number];
  readonly props: { readonly countries: readonly string[] };
}

/** A move as the map draws it (`MoveRecord` is one). */
export interface MapMove {
  readonly id: string;
  readonly layer: LayerId;
  readonly type: 'move';
  readonly kind: RecordKind;
  readonly actor: Actor;
  readonly span: Span;
  readonly coords: readonly (readonly [number, number])[];
}

export type MapRecord = MapPlace | MapMove;

/** A layer as the map draws it: its records and one map feature per record, in the same order
 * (`LayerData` is one). */
export interface MapLayer {
  readonly id: LayerId;
  readonly records: readonly MapRecord[];
  readonly geojson: FeatureCollection;
}

/** Bumped when the file's shape changes: a page never reads a file of another shape. */
export const MAP_FILE_VERSION = 2;

type Position = [number, number];

/** One record in the file: its map properties, its geometry, its date texts and countries. */
interface FileRecord {
  readonly props: Record<string, string | number>;
  readonly coords: Position | Position[];
  /** [start, end, last confirmed, first confirmed] for places (null where absent), [date] for
   * moves. */
  readonly dates: (string | null)[];
  readonly countries?: string[];
}

export interface MapFile {
  readonly version: number;
  readonly layers: Partial<Record<LayerId, FileRecord[]>>;
}

/** The map properties the first map does without: the full names, in the details after it. */
const LEFT_OUT = new Set(['name_en', 'name_fr']);

/** The map file of some loaded layers (the build's side). */
export function mapFileOf(layers: readonly LayerData[]): MapFile {
  const out: Partial<Record<LayerId, FileRecord[]>> = {};
  for (const layer of layers) {
    out[layer.id] = layer.records.map((r, i): FileRecord => {
      const all = (layer.geojson.features[i]?.properties ?? {}) as Record<string, string | number>;
      const props = Object.fromEntries(Object.entries(all).filter(([k]) => !LEFT_OUT.has(k)));
      if (r.type === 'move') {
        const line = r.coords.map(([x, y]): Position => [x, y]);
        return { props, coords: line, dates: [r.props.date] };
      }
      const p = r.props;
      return {
        props,
        coords: [r.coords[0], r.coords[1]],
        dates: [
          p.start_date,
          p.end_date ?? null,
          ('last_confirmed' in p && p.last_confirmed) || null,
          ('first_confirmed' in p && p.first_confirmed) || null,
        ],
        countries: [...p.countries],
      };
    });
  }
  return { version: MAP_FILE_VERSION, layers: out };
}

function fail(what: string): never {
  throw new Error(`map file: ${what}`);
}

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');

function oneOf<T extends string>(list: readonly T[], v: unknown, what: string): T {
  return list.includes(v as T) ? (v as T) : fail(`${what} ${String(v)}`);
}

function readRecord(layer: LayerId, raw: FileRecord): { record: MapRecord; feature: Feature } {
  const props = raw.props;
  const id = typeof props.id === 'string' ? props.id : fail('a record without id');
  const actor = oneOf(ACTORS, props.actor, 'actor');
  const kind = oneOf(ALL_KINDS, props.kind, 'kind');
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (layer === 'moves') {
    const line = Array.isArray(raw.coords) && raw.coords.every(isPosition) ? raw.coords : null;
    if (!line || line.length < 2) fail(`${id}: not a line`);
    const { span } = moveTime(text(raw.dates[0]) ?? fail(`${id}: no date`));
    const geometry: LineString = { type: 'LineString', coordinates: line };
    return {
      record: { id, layer, type: 'move', kind, actor, span, coords: line },
      feature: { type: 'Feature', properties: props, geometry },
    };
  }
  if (!isPosition(raw.coords)) fail(`${id}: not a point`);
  const type = layer === 'events' ? 'event' : 'site';
  const [start = null, end = null, last = null, first = null] = raw.dates;
  const { span } = placeTime(type, {
    start_date: start,
    end_date: text(end),
    last_confirmed: text(last),
    first_confirmed: text(first),
  });
  const geometry: Point = { type: 'Point', coordinates: raw.coords };
  const countries = (raw.countries ?? []).filter((c): c is string => typeof c === 'string');
  return {
    record: { id, layer, type, kind, actor, span, coords: raw.coords, props: { countries } },
    feature: { type: 'Feature', properties: props, geometry },
  };
}

/** The layers of a fetched map file, in the order of `LAYER_IDS`; throws on a file of another
 * shape (the first map then waits for the data files). */
export function readMapFile(json: unknown): MapLayer[] {
  const file = json as Partial<MapFile> | null;
  if (file?.version !== MAP_FILE_VERSION || typeof file.layers !== 'object') fail('not this shape');
  return LAYER_IDS.flatMap((id) => {
    const raw = file.layers?.[id];
    if (!Array.isArray(raw)) return [];
    const read = raw.map((r) => readRecord(id, r));
    return [
      {
        id,
        records: read.map((r) => r.record),
        geojson: { type: 'FeatureCollection', features: read.map((r) => r.feature) },
      },
    ];
  });
}
