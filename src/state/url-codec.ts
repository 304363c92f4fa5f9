/**
 * The URL codec: a share link's query string ⇄ the view state. Pure, and never throws.
 *
 *   ?date=2021-11-11&map=5.20/16.100/-0.500&layers=france,russia,events&hide=coup&site=fr-gao&lang=fr
 *
 * `parse` returns what the link says (only the parameters it has) and, for every parameter it
 * could not use as given, a problem the link notice shows. Whether a site id exists and whether
 * the date is inside the data are checked later, against the data (`reconcile.ts`).
 * `compare=YYYY-MM-DD` is the day the view is compared with; `embed=1` the compact view for an
 * iframe. `v=2026-12-04` is the version of the record the link was made with: not part of the
 * view (the map always shows the current record), but what tells a reader that records changed
 * since. `serialize` writes the state back, keeping the parameters the app does not know
 * (`utm_*`) exactly as they were, and leaving `,` and `/` unescaped so that links stay readable.
 */
import { VERSION } from '../data/changelog';
import { isoDay, parseDate } from '../data/dates';
import { ALL_KINDS, LAYER_IDS, type LayerId, REGION, type RecordKind } from '../data/schema';
import { LANGS, type Lang } from '../i18n/lang';
import type { LinkProblem } from './link-problems';
import { type Camera, type ViewState, ZOOM_RANGE } from './view-state';

/** The parameters the app owns, in the order they are written. */
export const PARAMS = [
  'date',
  'map',
  'layers',
  'hide',
  'site',
  'compare',
  'embed',
  'lang',
  'v',
] as const;
type Param = (typeof PARAMS)[number];

/** Decimals kept in a link: 0.01 of a zoom level, 0.001° (about 110 m) of latitude/longitude. */
export const ZOOM_DECIMALS = 2;
export const DEGREE_DECIMALS = 3;

export interface Parsed {
  readonly state: Partial<ViewState>;
  readonly problems: LinkProblem[];
  /** The record's version the link names (`v=`), if valid. */
  readonly version?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PART = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (read as its first day), or null. */
function parseDay(value: string): number | null {
  if (!DATE_PART.test(value)) return null;
  const interval = parseDate(value);
  return typeof interval === 'string' ? null : interval.first;
}

/** `zoom/lat/lon`; values outside the map's limits are brought back to them. */
function parseCamera(value: string): { camera: Camera; clamped: boolean } | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const camera: Camera = {
    zoom: round(clamp(zoom, ZOOM_RANGE.min, ZOOM_RANGE.max), ZOOM_DECIMALS),
    lat: round(clamp(lat, REGION.south, REGION.north), DEGREE_DECIMALS),
    lon: round(clamp(lon, REGION.west, REGION.east), DEGREE_DECIMALS),
  };
  const clamped =
    camera.zoom !== round(zoom, ZOOM_DECIMALS) ||
    camera.lat !== round(lat, DEGREE_DECIMALS) ||
    camera.lon !== round(lon, DEGREE_DECIMALS);
  return { camera, clamped };
}

/** A comma-separated list of known ids, in their canonical order; unknown ones are reported. */
function parseList<T extends string>(
  value: string,
  known: readonly T[],
  problem: (id: string) => LinkProblem,
  problems: LinkProblem[],
): T[] {
  const wanted = new Set<string>();
  for (const raw of value.split(',')) {
    const id = raw.trim();
    if (id === '') continue;
    if ((known as readonly string[]).includes(id)) wanted.add(id);
    else problems.push(problem(id));
  }
  return known.filter((id) => wanted.has(id));
}

function isParam(key: string): key is Param {
  return (PARAMS as readonly string[]).includes(key);
}

/** Reads a query string (with or without the leading `?`). Never throws. */
export function parse(search: string): Parsed {
  const params = new URLSearchParams(search);
  const state: {
    date?: number;
    camera?: Camera;
    layers?: LayerId[];
    hidden?: RecordKind[];
    selected?: string;
    lang?: Lang;
    compare?: number;
    embed?: boolean;
  } = {};
  const problems: LinkProblem[] = [];
  const seen = new Set<Param>();
  let version: string | undefined;

  for (const [key, rawValue] of params) {
    if (!isParam(key)) continue;
    const value = rawValue.trim();
    if (seen.has(key)) {
      problems.push({ param: key, value, kind: 'duplicate' });
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'date': {
        const day = parseDay(value);
        if (day === null) problems.push({ param: key, value, kind: 'invalid' });
        else state.date = day;
        break;
      }
      case 'map': {
        const parsed = parseCamera(value);
        if (!parsed) problems.push({ param: key, value, kind: 'invalid' });
        else {
          state.camera = parsed.camera;
          if (parsed.clamped) problems.push({ param: key, value, kind: 'clamped' });
        }
        break;
      }
      case 'layers':
        state.layers = parseList(
          value,
          LAYER_IDS,
          (id) => ({ param: key, value: id, kind: 'unknown-layer' }),
          problems,
        );
        break;
      case 'hide':
        state.hidden = parseList(
          value,
          ALL_KINDS,
          (id) => ({ param: key, value: id, kind: 'unknown-kind' }),
          problems,
        );
        break;
      case 'site':
        if (SITE_ID.test(value)) state.selected = value;
        else if (value !== '') problems.push({ param: key, value, kind: 'invalid' });
        break;
      case 'compare': {
        const day = parseDay(value);
        if (day === null) problems.push({ param: key, value, kind: 'invalid' });
        else state.compare = day;
        break;
      }
      case 'embed':
        if (value === '1') state.embed = true;
        else if (value === '0') state.embed = false;
        else problems.push({ param: key, value, kind: 'invalid' });
        break;
      case 'lang':
        if ((LANGS as readonly string[]).includes(value)) state.lang = value as Lang;
        else problems.push({ param: key, value, kind: 'unsupported' });
        break;
      case 'v':
        if (VERSION.test(value)) version = value;
        else problems.push({ param: key, value, kind: 'invalid' });
        break;
    }
  }
  return version === undefined ? { state, problems } : { state, problems, version };
}

function formatCamera(c: Camera): string {
  return [
    c.zoom.toFixed(ZOOM_DECIMALS),
    c.lat.toFixed(DEGREE_DECIMALS),
    c.lon.toFixed(DEGREE_DECIMALS),
  ].join('/');
}

/** Percent-encodes a value, but leaves `,` and `/` readable (both are legal in a query). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/** The raw `key=value` pieces of a query string that are not the app's, untouched. */
function foreignPieces(search: string): string[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query.split('&').filter((piece) => {
    if (piece === '') return false;
    const rawKey = piece.split('=', 1)[0] ?? '';
    const key = new URLSearchParams(`${rawKey}=`).keys().next().value ?? rawKey;
    return !isParam(key);
  });
}

/**
 * Writes the view as a query string (with the leading `?`, or '' when empty). `layers` is left
 * out when it is the default (every layer); `hide` when no kind is hidden; `site` when nothing
 * is selected; `compare` when the view compares with nothing; `embed` unless it is the compact
 * view. `version`, when given, is written last as `v`. Parameters of `keep` that the app does
 * not own are appended as they were.
 */
export function serialize(state: ViewState, keep = '', version?: string): string {
  const own: [Param, string][] = [
    ['date', isoDay(state.date)],
    ['map', formatCamera(state.camera)],
  ];
  const layers = LAYER_IDS.filter((id) => state.layers.includes(id));
  if (layers.length !== LAYER_IDS.length) own.push(['layers', layers.join(',')]);
  const hidden = ALL_KINDS.filter((kind) => state.hidden.includes(kind));
  if (hidden.length > 0) own.push(['hide', hidden.join(',')]);
  if (state.selected !== null) own.push(['site', state.selected]);
  if (state.compare !== null) own.push(['compare', isoDay(state.compare)]);
  if (state.embed) own.push(['embed', '1']);
  own.push(['lang', state.lang]);
  if (version) own.push(['v', version]);
  const pieces = [
    ...own.map(([key, value]) => `${key}=${encodeValue(value)}`),
    ...foreignPieces(keep),
  ];
  return pieces.length > 0 ? `?${pieces.join('&')}` : '';
}
