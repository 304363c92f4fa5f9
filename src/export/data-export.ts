/**
 * "Download data": the records shown at the slider's day (the layers shown, the kinds not
 * hidden, drawn at that day), as GeoJSON (each feature exactly as in the data files, so that it
 * passes the data check's schema) and as CSV (one row per record: dates as written, status at
 * the day, position, confidence and sources). The GeoJSON says which release of the record it
 * comes from, under which licence and how to credit it (top-level members, which RFC 7946
 * allows and readers ignore). Pure.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { statusAt } from '../data/dates';
import type { AnyRecord } from '../data/model';

export function toFeature(r: AnyRecord): Feature {
  return {
    type: 'Feature',
    geometry:
      r.type === 'move'
        ? { type: 'LineString', coordinates: r.coords.map((c) => [...c]) }
        : { type: 'Point', coordinates: [...r.coords] },
    properties: { ...r.props },
  };
}

/** What an exported file says of itself: the record's version and day, licence, credit. */
export interface ExportMeta {
  readonly version: string;
  readonly date: string;
  readonly licence: { readonly name: string; readonly title: string; readonly path: string };
  readonly attribution: string;
}

export function toGeoJSON(
  records: readonly AnyRecord[],
  meta?: ExportMeta,
): FeatureCollection & Partial<ExportMeta> {
  return { type: 'FeatureCollection', ...meta, features: records.map(toFeature) };
}

/** The record's own columns; then one group of columns per source (`source_1_publisher`…),
 * as many groups as the record with the most sources has. */
export const CSV_COLUMNS = [
  'id',
  'layer',
  'actor',
  'kind',
  'name_en',
  'name_fr',
  'start_date',
  'end_date',
  'first_report',
  'last_report',
  'status',
  'lon',
  'lat',
  'approximate',
  'from',
  'to',
  'confidence',
  'description_en',
  'description_fr',
  'date_note_en',
  'date_note_fr',
  'confidence_note_en',
  'confidence_note_fr',
  'location_note_en',
  'location_note_fr',
] as const;

/** The columns of one source: what a researcher needs to find it and to know what it backs. */
export const SOURCE_COLUMNS = [
  'publisher',
  'title',
  'date',
  'url',
  'supports',
  'states_en',
  'states_fr',
] as const;

export function csvHeader(sourceGroups: number): string[] {
  const groups = Array.from({ length: sourceGroups }, (_, i) =>
    SOURCE_COLUMNS.map((c) => `source_${i + 1}_${c}`),
  );
  return [...CSV_COLUMNS, ...groups.flat()];
}

/** A text cell a spreadsheet would read as a formula: one that begins with `=`, `+`, `-` or `@`
 * (after any spaces, which spreadsheets skip), or with a tab or carriage return (which some
 * strip before reading the rest). Numbers are written as numbers and never match. */
const FORMULA = /^[\s]*[=+\-@]|^[\t\r]/;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. A
 * text that a spreadsheet would run as a formula is prefixed with `'` (OWASP's advice for CSV
 * injection): the cell shows the text as written and runs nothing. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Cell = string | number | null | undefined;

/** An optional text of the record's properties (a note, a report date), or null. */
function text(p: object, key: string): string | null {
  const value = (p as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

function row(r: AnyRecord, day: number, sourceGroups: number): Cell[] {
  const [lon, lat] = r.type === 'move' ? [null, null] : r.coords;
  const p = r.props;
  const sources = p.sources.map((s): Cell[] => [
    s.publisher,
    s.title,
    s.date,
    s.url,
    s.supports.join(' '),
    s['states:en'],
    s['states:fr'],
  ]);
  const empty: Cell[] = SOURCE_COLUMNS.map(() => null);
  const groups = Array.from({ length: sourceGroups }, (_, i) => sources[i] ?? empty);
  return [
    r.id,
    r.layer,
    r.actor,
    r.kind,
    text(p, 'name:en'),
    text(p, 'name:fr'),
    'start_date' in p ? p.start_date : 'date' in p ? p.date : null,
    'end_date' in p ? p.end_date : 'date' in p ? p.date : null,
    text(p, 'first_confirmed'),
    text(p, 'last_confirmed'),
    statusAt(r.span, day),
    lon,
    lat,
    'approximate' in p ? String(p.approximate) : null,
    'from' in p ? p.from : null,
    'to' in p ? p.to : null,
    p.confidence,
    text(p, 'description:en'),
    text(p, 'description:fr'),
    text(p, 'date_note:en'),
    text(p, 'date_note:fr'),
    text(p, 'confidence_note:en'),
    text(p, 'confidence_note:fr'),
    text(p, 'location_note:en'),
    text(p, 'location_note:fr'),
    ...groups.flat(),
  ];
}

export function toCsv(records: readonly AnyRecord[], day: number): string {
  const groups = Math.max(0, ...records.map((r) => r.props.sources.length));
  const lines = [
    csvHeader(groups).join(','),
    ...records.map((r) => row(r, day, groups).map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
