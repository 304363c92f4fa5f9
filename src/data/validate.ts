/**
 * Runtime validation of one fetched data file, record by record: the collection's
 * envelope first (a file that is not a feature collection is damaged as a whole), then each
 * feature with the same schema as the data check, then the cross-record rules the runtime cannot
 * do without (a duplicate id would share feature state; an end before a start would print an
 * impossible period). A bad record is left out and named; the valid ones are kept, so one bad
 * source link does not take the whole layer off the map.
 */
import * as z from 'zod/mini';
import { parseDate } from './dates';
import { type DATA_FILES, dataFile, type LayerId } from './schema';

/** Why a record was left out, in words the reader's dictionary has (`reject.*`). */
export type RejectReason =
  | 'sourceLink'
  | 'source'
  | 'position'
  | 'date'
  | 'tooLong'
  | 'text'
  | 'duplicate'
  | 'endBeforeStart'
  | 'field';

export interface Rejected {
  /** The record's id, or `#index` (from 1) when it has none. */
  readonly id: string;
  readonly reason: RejectReason;
  /** The field at fault (dot path inside `properties`), for the developer and the console. */
  readonly field: string;
}

/** A file that cannot be used at all. */
export class DamagedFile extends Error {
  constructor(readonly reason: 'json' | 'envelope') {
    super(reason === 'json' ? 'not valid JSON' : 'not a GeoJSON FeatureCollection');
    this.name = 'DamagedFile';
  }
}

const envelope = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

type Issue = { readonly code: string; readonly path: readonly PropertyKey[] };

const TEXT_FIELDS = /^(name|description|date_note|confidence_note|location_note|place):/;

/** The reader's words for the first problem of a record. */
export function reasonOf(issue: Issue): { reason: RejectReason; field: string } {
  const path = issue.path[0] === 'properties' ? issue.path.slice(1) : issue.path;
  const field = path.map(String).join('.');
  const top = String(path[0] ?? '');
  if (issue.path[0] === 'geometry') return { reason: 'position', field };
  if (top === 'sources') {
    return { reason: path[path.length - 1] === 'url' ? 'sourceLink' : 'source', field };
  }
  if (issue.code === 'too_big' && path.length > 0) return { reason: 'tooLong', field };
  if (/date|last_confirmed/.test(top)) return { reason: 'date', field };
  if (TEXT_FIELDS.test(top)) return { reason: 'text', field };
  return { reason: 'field', field };
}

function idOf(feature: unknown, index: number): string {
  const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

type FeatureOf<L extends LayerId> = z.infer<(typeof DATA_FILES)[L]['schema']>['features'][number];

/** A layer's feature schema: the element of its collection's `features`. */
function featureSchema(layer: LayerId): z.ZodMiniType {
  const collection = dataFile(layer).schema as unknown as {
    def: { shape: { features: { def: { element: z.ZodMiniType } } } };
  };
  return collection.def.shape.features.def.element;
}

function endsBeforeStart(props: { start_date?: unknown; end_date?: unknown }): boolean {
  if (typeof props.start_date !== 'string' || typeof props.end_date !== 'string') return false;
  const s = parseDate(props.start_date);
  const e = parseDate(props.end_date);
  return typeof s !== 'string' && typeof e !== 'string' && e.afterLast <= s.first;
}

/**
 * Validates a parsed file of a layer: the valid features, and the records left out (named).
 * Throws `DamagedFile` when the file is not a feature collection at all.
 */
export function validateLayer<L extends LayerId>(
  layer: L,
  json: unknown,
): { features: FeatureOf<L>[]; rejected: Rejected[] } {
  const top = envelope.safeParse(json);
  if (!top.success) throw new DamagedFile('envelope');
  const schema = featureSchema(layer);
  const features: FeatureOf<L>[] = [];
  const rejected: Rejected[] = [];
  const seen = new Set<string>();
  top.data.features.forEach((raw, index) => {
    const id = idOf(raw, index);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ id, ...(issue ? reasonOf(issue) : { reason: 'field', field: '' }) });
      return;
    }
    const feature = parsed.data as FeatureOf<L>;
    const props = feature.properties as { id: string; start_date?: unknown; end_date?: unknown };
    if (seen.has(props.id)) {
      rejected.push({ id, reason: 'duplicate', field: 'id' });
      return;
    }
    if (endsBeforeStart(props)) {
      rejected.push({ id, reason: 'endBeforeStart', field: 'end_date' });
      return;
    }
    seen.add(props.id);
    features.push(feature);
  });
  return { features, rejected };
}
