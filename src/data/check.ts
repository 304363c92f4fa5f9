/**
 * The data check: every rule a data file must pass, with messages that name the file, the
 * feature id and the field. Pure (file texts in, problems out) so that each rule is tested on a
 * small broken fixture; `scripts/check-data.ts` runs it on `data/`.
 */
import * as z from 'zod/mini';
import { parseDate, today as todayOf } from './dates';
import { evidenceRules } from './evidence';
import { formerIdRules, type PlaceEntry, sameActorSamePlace } from './same-place';
import { DATA_FILES, dataFile, type LayerId, SITE_KINDS } from './schema';

// The check runs in Node, where zod's English messages are worth their bytes.
z.config(z.locales.en());

export interface DataProblem {
  readonly file: string;
  /** The feature's id, or `#index` when it has none, or '' for the file itself. */
  readonly feature: string;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.feature && `feature ${p.feature}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${p.message}`;
}

interface Parsed {
  readonly file: string;
  readonly layer: LayerId;
  readonly features: readonly Record<string, unknown>[];
}

type Props = Record<string, unknown>;

const LANG_PAIRS = ['date_note', 'confidence_note', 'location_note'] as const;

function featureId(f: unknown, index: number): string {
  const id = (f as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

function stripProperties(path: readonly PropertyKey[]): readonly PropertyKey[] {
  return path[0] === 'properties' ? path.slice(1) : path;
}

function propsOf(f: Record<string, unknown>): Props {
  const p = f.properties;
  return p && typeof p === 'object' ? (p as Props) : {};
}

export interface CheckOptions {
  /** "Today" as a day number (`dates.ts`), for the rule that nothing is confirmed in the
   * future; defaults to the real today. */
  readonly today?: number;
}

/** Checks the given files (name → text); files named in DATA_FILES must all be present. */
export function checkFiles(
  texts: ReadonlyMap<string, string>,
  options: CheckOptions = {},
): DataProblem[] {
  const problems: DataProblem[] = [];
  const parsed: Parsed[] = [];

  for (const [layer, spec] of Object.entries(DATA_FILES) as [
    LayerId,
    (typeof DATA_FILES)[LayerId],
  ][]) {
    const file = spec.file;
    const text = texts.get(file);
    if (text === undefined) {
      problems.push({ file, feature: '', field: '', message: 'file is missing' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        feature: '',
        field: '',
        message: `invalid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const result = spec.schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [top, index, ...rest] = issue.path;
        const features = (json as { features?: unknown[] }).features;
        const inFeature = top === 'features' && typeof index === 'number';
        // An unknown key is named as the field, so the message points at it.
        const path = issue.code === 'unrecognized_keys' ? [...rest, issue.keys.join(',')] : rest;
        problems.push({
          file,
          feature: inFeature ? featureId(features?.[index], index) : '',
          field: (inFeature ? stripProperties(path) : issue.path).map(String).join('.'),
          message: issue.message,
        });
      }
    }
    const features = (json as { features?: unknown }).features;
    if (Array.isArray(features)) {
      parsed.push({
        file,
        layer,
        features: features.filter(
          (f): f is Record<string, unknown> => !!f && typeof f === 'object',
        ),
      });
    }
  }

  problems.push(...crossChecks(parsed, options.today ?? todayOf()));
  return problems;
}

/** Rules that look across fields, features and files. */
function crossChecks(files: readonly Parsed[], today: number): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Map<string, string>();
  const points = new Map<string, readonly unknown[]>();

  for (const { file, features } of files) {
    features.forEach((f, i) => {
      const id = featureId(f, i);
      if (id.startsWith('#')) return;
      const first = seen.get(id);
      if (first) {
        problems.push({
          file,
          feature: id,
          field: 'id',
          message: `duplicate id (also in ${first})`,
        });
      } else seen.set(id, file);
      const g = f.geometry as { type?: unknown; coordinates?: unknown } | undefined;
      if (g?.type === 'Point' && Array.isArray(g.coordinates)) points.set(id, g.coordinates);
    });
  }

  for (const { file, layer, features } of files) {
    const actor = dataFile(layer).actor;
    features.forEach((f, i) => {
      const id = featureId(f, i);
      const p = propsOf(f);
      const at = (field: string, message: string) =>
        problems.push({ file, feature: id, field, message });

      if (actor && p.actor !== undefined && p.actor !== actor) {
        at('actor', `must be "${actor}" in ${file}`);
      }
      // End before start.
      const startText = layer === 'moves' ? undefined : p.start_date;
      if (typeof startText === 'string' && typeof p.end_date === 'string') {
        const s = parseDate(startText);
        const e = parseDate(p.end_date);
        if (typeof s !== 'string' && typeof e !== 'string' && e.afterLast <= s.first) {
          at('end_date', `ends (${p.end_date}) before it starts (${startText})`);
        }
      }
      // Both languages or neither, for every optional text.
      for (const key of LANG_PAIRS) {
        const fr = p[`${key}:fr`];
        const en = p[`${key}:en`];
        if ((fr === undefined) !== (en === undefined)) {
          at(`${key}:${fr === undefined ? 'fr' : 'en'}`, 'missing language (give both fr and en)');
        }
      }
      if (layer !== 'moves') {
        if (p.start_date === null && p['date_note:en'] === undefined) {
          at('date_note:en', 'an unknown start_date must be explained in date_note:fr/en');
        }
        if (p.approximate === true && p['location_note:en'] === undefined) {
          at('location_note:en', 'an approximate position must say what the point is');
        }
      }
      if (layer === 'france' || layer === 'russia') {
        siteRules(p, today, at);
        firstReportRules(p, today, at);
      }
      evidenceRules(p, layer === 'moves', at);
      // Links to ids that exist.
      const links: [string, unknown][] =
        layer === 'moves'
          ? [
              ['from', p.from],
              ['to', p.to],
            ]
          : [];
      if (Array.isArray(p.related)) {
        for (const [k, r] of p.related.entries()) links.push([`related.${k}`, r]);
      }
      for (const [field, target] of links) {
        if (typeof target === 'string' && !seen.has(target))
          at(field, `links to "${target}", which does not exist`);
        if (target === id) at(field, 'links to itself');
      }
      // A move's line runs from its `from` site to its `to` site.
      if (layer === 'moves') {
        const coords = (f.geometry as { coordinates?: unknown } | undefined)?.coordinates;
        if (Array.isArray(coords) && coords.length >= 2) {
          const ends: [string, unknown, unknown][] = [
            ['from', p.from, coords[0]],
            ['to', p.to, coords[coords.length - 1]],
          ];
          for (const [field, target, end] of ends) {
            const point = typeof target === 'string' ? points.get(target) : undefined;
            if (point && JSON.stringify(point) !== JSON.stringify(end)) {
              at(
                `geometry.${field}`,
                `line end ${JSON.stringify(end)} is not at ${target} ${JSON.stringify(point)}`,
              );
            }
          }
        }
      }
    });
  }
  const places: PlaceEntry[] = files.flatMap(({ file, layer, features }) =>
    layer === 'moves'
      ? []
      : features.map((f, i) => ({
          file,
          id: featureId(f, i),
          props: propsOf(f),
          point: points.get(featureId(f, i)),
        })),
  );
  const report = (file: string, feature: string, field: string, message: string) =>
    problems.push({ file, feature, field, message });
  sameActorSamePlace(
    places.filter((e) => e.props.kind !== undefined && SITE_KINDS.includes(e.props.kind as never)),
    report,
  );
  formerIdRules(places, new Set(seen.keys()), report);
  return problems;
}

/** Rules of site records: the name names the place; an open site says when it was last
 * confirmed, by one of its sources. */
function siteRules(p: Props, today: number, at: (field: string, message: string) => void) {
  for (const lang of ['fr', 'en'] as const) {
    const place = p[`place:${lang}`];
    const name = p[`name:${lang}`];
    if (typeof place === 'string' && typeof name === 'string' && !name.includes(place.trim())) {
      at(`name:${lang}`, `must contain the place name "${place.trim()}" (place:${lang})`);
    }
  }
  const confirmed = p.last_confirmed;
  if (p.end_date === undefined && confirmed === undefined) {
    at(
      'last_confirmed',
      'a site without end_date needs last_confirmed (the last date a cited source confirms it)',
    );
  }
  if (typeof confirmed !== 'string') return;
  const c = parseDate(confirmed);
  if (typeof c === 'string') return; // the schema names the malformed date
  if (typeof p.start_date === 'string') {
    const s = parseDate(p.start_date);
    if (typeof s !== 'string' && c.afterLast <= s.first) {
      at('last_confirmed', `${confirmed} is before the start (${p.start_date})`);
    }
  }
  if (c.first > today) at('last_confirmed', `${confirmed} is after today`);
}

/** A first report stands in for an unknown start: only where the start is unknown, and not
 * after the last report or the end. */
function firstReportRules(p: Props, today: number, at: (field: string, message: string) => void) {
  const first = p.first_confirmed;
  if (typeof first !== 'string') return;
  if (p.start_date !== null) at('first_confirmed', 'only for a site whose start_date is null');
  const f = parseDate(first);
  if (typeof f === 'string') return;
  if (f.first > today) at('first_confirmed', `${first} is after today`);
  for (const field of ['last_confirmed', 'end_date'] as const) {
    const other = typeof p[field] === 'string' ? parseDate(p[field] as string) : null;
    if (other && typeof other !== 'string' && f.first >= other.afterLast) {
      at('first_confirmed', `${first} is after ${field} (${String(p[field])})`);
    }
  }
}
