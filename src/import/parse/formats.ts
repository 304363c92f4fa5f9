/**
 * Which kind of file this is, from its columns: ACLED, UCDP GED (website export, the official
 * columns, HDX with its HXL tag row, or GeoJSON), or any other table that the reader maps
 * through the column-mapping step. Also the attribution each origin requires.
 */

export type Origin = 'acled' | 'ged' | 'other';

/** The columns the importer reads, by header name (as written in the file). */
export interface ColumnMapping {
  readonly date: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly endDate?: string | undefined;
  readonly type?: string | undefined;
  readonly actors?: readonly string[] | undefined;
  readonly fatalities?: string | undefined;
  readonly notes?: string | undefined;
  readonly source?: string | undefined;
  readonly place?: readonly string[] | undefined;
  /** ACLED's `time_precision` (1 day, 2 week, 3 month). */
  readonly acledPrecision?: string | undefined;
  /** GED's `date_prec` (1..5), shown in the details; the window comes from the two dates. */
  readonly gedPrecision?: string | undefined;
}

export interface Detected {
  readonly origin: Origin;
  readonly mapping: ColumnMapping;
}

/** The fields a reader maps by hand in the mapping step, in the dialog's order. */
export const MAPPABLE = [
  'date',
  'latitude',
  'longitude',
  'endDate',
  'type',
  'actors',
  'fatalities',
  'notes',
  'source',
] as const;
export type MappableField = (typeof MAPPABLE)[number];
export const REQUIRED: readonly MappableField[] = ['date', 'latitude', 'longitude'];

/** The GeoJSON reader gives each feature's point these two columns. */
export const GEO_LON = '@longitude';
export const GEO_LAT = '@latitude';

/** Header names, trimmed and without a byte-order mark. */
export function cleanHeader(header: readonly string[]): string[] {
  return header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
}

/** True for an HXL hashtag row (HDX copies): most non-empty cells are `#tag+attribute`. */
export function isHxlRow(row: readonly string[]): boolean {
  const filled = row.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return false;
  const tags = filled.filter((c) => /^#[a-z][\w]*(\+[\w]+)*$/i.test(c));
  return tags.length / filled.length >= 0.8;
}

function pick(names: ReadonlySet<string>, ...candidates: string[]): string | undefined {
  return candidates.find((c) => names.has(c));
}

function present(names: ReadonlySet<string>, candidates: string[]): string[] {
  return candidates.filter((c) => names.has(c));
}

/** HXL tags that name a needed column, for tables known only by their tags. */
const HXL = new Map<string, MappableField>([
  ['#date', 'date'],
  ['#date+occurred', 'date'],
  ['#date+start', 'date'],
  ['#date+end', 'endDate'],
  ['#geo+lat', 'latitude'],
  ['#geo+lon', 'longitude'],
  ['#event+type', 'type'],
  ['#affected+killed', 'fatalities'],
  ['#description', 'notes'],
  ['#meta+source', 'source'],
]);

/**
 * Detects ACLED or GED from the header (and the HXL row, if any); `null` when the file needs the
 * mapping step. `header` are the names as written, `hxl` the tag row or null.
 */
export function detectFormat(
  header: readonly string[],
  hxl: readonly string[] | null = null,
): Detected | null {
  const names = new Set(header);
  const lat = pick(names, 'latitude', GEO_LAT);
  const lon = pick(names, 'longitude', GEO_LON);
  if (names.has('date_start') && names.has('type_of_violence') && lat && lon) {
    return {
      origin: 'ged',
      mapping: {
        date: 'date_start',
        endDate: pick(names, 'date_end'),
        latitude: lat,
        longitude: lon,
        type: 'type_of_violence',
        actors: present(names, ['side_a', 'side_b']),
        fatalities: pick(names, 'best', 'best_est'),
        notes: pick(names, 'source_headline', 'where_description'),
        source: pick(names, 'source_office', 'source_article'),
        place: present(names, ['where_coordinates', 'adm_1', 'country']),
        gedPrecision: pick(names, 'date_prec'),
      },
    };
  }
  if (
    names.has('event_date') &&
    (names.has('event_type') || names.has('event_id_cnty')) &&
    lat &&
    lon
  ) {
    return {
      origin: 'acled',
      mapping: {
        date: 'event_date',
        latitude: lat,
        longitude: lon,
        type: pick(names, 'event_type'),
        actors: present(names, ['actor1', 'actor2']),
        fatalities: pick(names, 'fatalities'),
        notes: pick(names, 'notes'),
        source: pick(names, 'source'),
        place: present(names, ['location', 'admin1', 'country']),
        acledPrecision: pick(names, 'time_precision'),
      },
    };
  }
  // Known only by its HXL tags: an HDX table of another origin.
  if (hxl) {
    const byField: Partial<Record<MappableField, string>> = {};
    hxl.forEach((tag, i) => {
      const field = HXL.get(tag.trim().toLowerCase());
      const name = header[i];
      if (field && name && !byField[field]) byField[field] = name;
    });
    if (byField.date && byField.latitude && byField.longitude) {
      return {
        origin: 'other',
        mapping: {
          date: byField.date,
          latitude: byField.latitude,
          longitude: byField.longitude,
          endDate: byField.endDate,
          type: byField.type,
          fatalities: byField.fatalities,
          notes: byField.notes,
          source: byField.source,
        },
      };
    }
  }
  return null;
}

/** A first guess for the mapping step, from common column names (the reader confirms it). */
export function guessMapping(header: readonly string[]): Partial<Record<MappableField, string>> {
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const find = (...c: string[]) => c.map((x) => lower.get(x)).find((x) => x !== undefined);
  return {
    date: find('date', 'event_date', 'date_start', 'start_date', 'day'),
    latitude: find('latitude', 'lat', 'y'),
    longitude: find('longitude', 'lon', 'lng', 'long', 'x'),
    endDate: find('end_date', 'date_end', 'enddate'),
    type: find('type', 'event_type', 'category'),
    actors: find('actors', 'actor', 'actor1'),
    fatalities: find('fatalities', 'deaths', 'killed', 'best'),
    notes: find('notes', 'description', 'summary'),
    source: find('source', 'sources'),
  };
}

/** Whether the header holds every column a mapping names. */
export function mappingFits(mapping: ColumnMapping, header: readonly string[]): boolean {
  const names = new Set(header);
  const used = [
    mapping.date,
    mapping.latitude,
    mapping.longitude,
    mapping.endDate,
    mapping.type,
    mapping.fatalities,
    mapping.notes,
    mapping.source,
    ...(mapping.actors ?? []),
  ];
  return used.every((c) => c === undefined || names.has(c));
}

/** The attribution an origin's licence or terms require (null: none known). */
export function attributionOf(origin: Origin): string | null {
  if (origin === 'ged') return 'UCDP GED, CC BY 4.0';
  if (origin === 'acled') return 'ACLED, acleddata.com';
  return null;
}
