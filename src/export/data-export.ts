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

export const CSV_COLUMNS = [
  'id',
  'layer',
  'actor',
  'kind',
  'name_en',
  'name_fr',
  'start_date',
  'end_date',
  'status',
  'lon',
  'lat',
  'from',
  'to',
  'confidence',
  'sources',
] as const;

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

function row(r: AnyRecord, day: number): (string | number | null | undefined)[] {
  const sources = r.props.sources.map((s) =>
    [s.publisher, s.title, s.date, s.url].filter(Boolean).join(', '),
  );
  const [lon, lat] = r.type === 'move' ? [null, null] : r.coords;
  const p = r.props;
  return [
    r.id,
    r.layer,
    r.actor,
    r.kind,
    'name:en' in p ? p['name:en'] : null,
    'name:fr' in p ? p['name:fr'] : null,
    'start_date' in p ? p.start_date : 'date' in p ? p.date : null,
    'end_date' in p ? p.end_date : 'date' in p ? p.date : null,
    statusAt(r.span, day),
    lon,
    lat,
    'from' in p ? p.from : null,
    'to' in p ? p.to : null,
    p.confidence,
    sources.join(' | '),
  ];
}

export function toCsv(records: readonly AnyRecord[], day: number): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((r) => row(r, day).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
