/**
 * The countries clipped to the region, with their label points and names in English and French:
 * run after the inputs are read; its countries feed the land check, the places and the topology.
 */
import area from '@turf/area';
import type { Feature, Point, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { merge } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { CLIP_DECIMALS, clipArea } from './clip';
import { type Area, inRegion, round } from './geometry';
import type { CountryProps, WorldTopology } from './inputs';
import { labelPoint } from './label-point';
import { noProblems, type Problems } from './problems';

/** The G5 Sahel countries, drawn with a warmer fill. */
export const SAHEL: ReadonlySet<string> = new Set(['ML', 'NE', 'BF', 'TD', 'MR']);

/** How far (degrees) inside the region's edge a country label must be to keep its own place. */
export const LABEL_MARGIN = 1.5;

/**
 * Natural Earth features that have no ISO numeric id in world-atlas. Somaliland and Northern
 * Cyprus are drawn as part of the state the UN recognises (so no border is drawn across them);
 * Kosovo takes the code ISO reserves for it in practice (XK, which Intl also names).
 */
const CODE_OF_UNNUMBERED: Record<string, string> = {
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  Kosovo: 'XK',
};

export type CountryFeatureProps = { code: string; sahel?: true };
export type LabelProps = { code: string; name_en: string; name_fr: string; rank: number };

export interface Countries {
  readonly countries: Feature<Area, CountryFeatureProps>[];
  readonly labels: Feature<Point, LabelProps>[];
  /** Countries with too little of their land in the region to hold a label, with their km². */
  readonly unlabelled: string[];
  readonly problems: Problems;
}

const displayNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
};

function nameOf(geometry: GeometryObject<CountryProps>): string {
  return (geometry.properties as CountryProps | undefined)?.name ?? '';
}

/** Label rank from the country's whole area (km²), so small countries can wait for a closer zoom. */
export function rankOfArea(km2: number): number {
  if (km2 >= 1_000_000) return 1;
  if (km2 >= 250_000) return 2;
  if (km2 >= 50_000) return 3;
  if (km2 >= 10_000) return 4;
  return 5;
}

/** Natural Earth's country shapes grouped by ISO alpha-2 code. */
function groupByCode(world: WorldTopology, problems: Problems) {
  const byCode = new Map<string, GeometryObject<CountryProps>[]>();
  for (const geometry of world.objects.countries.geometries) {
    const name = nameOf(geometry);
    let code: string | null;
    if (geometry.id === undefined) code = CODE_OF_UNNUMBERED[name] ?? null;
    else {
      code = isoCountries.numericToAlpha2(geometry.id) ?? null;
      if (!code) {
        problems.errors.push(`no ISO alpha-2 code for numeric id ${geometry.id} (${name})`);
        continue;
      }
    }
    if (!code) {
      if (clipArea(merge(world, [geometry] as Parameters<typeof merge>[1]), 2)) {
        problems.errors.push(`country without a code inside the region: ${name}`);
      }
      continue;
    }
    const list = byCode.get(code) ?? [];
    list.push(geometry);
    byCode.set(code, list);
  }
  return byCode;
}

export function buildCountries(world: WorldTopology): Countries {
  const problems = noProblems();
  const countries: Feature<Area, CountryFeatureProps>[] = [];
  const labels: Feature<Point, LabelProps>[] = [];
  const unlabelled: string[] = [];
  const byCode = groupByCode(world, problems);
  for (const [code, geometries] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    const whole = merge(world, geometries as Parameters<typeof merge>[1]);
    const clipped = clipArea(whole, CLIP_DECIMALS);
    if (!clipped) continue;
    countries.push({
      type: 'Feature',
      properties: SAHEL.has(code) ? { code, sahel: true } : { code },
      geometry: clipped,
    });
    const nameEn = displayNames.en.of(code);
    const nameFr = displayNames.fr.of(code);
    if (!nameEn || !nameFr || nameEn === code) {
      problems.errors.push(`Intl has no name for ${code}`);
      continue;
    }
    // The label goes where the whole country's label would be, if that is in the region; a
    // country mostly cut off by the region's edge gets one on its part inside, or none if that
    // part is small.
    const wholeKm2 = area(whole) / 1e6;
    const clippedKm2 = area(clipped) / 1e6;
    const wholePoint = labelPoint(whole);
    let point: Position | null = null;
    if (inRegion(wholePoint, LABEL_MARGIN)) point = wholePoint;
    else if (clippedKm2 >= 50_000 || clippedKm2 >= 0.3 * wholeKm2) point = labelPoint(clipped);
    if (!point) {
      unlabelled.push(`${code} (${Math.round(clippedKm2)} km²)`);
      continue;
    }
    const [x = 0, y = 0] = point;
    labels.push({
      type: 'Feature',
      properties: {
        code,
        name_en: nameEn,
        name_fr: nameFr,
        rank: SAHEL.has(code) ? 1 : rankOfArea(wholeKm2),
      },
      geometry: { type: 'Point', coordinates: [round(x, 2), round(y, 2)] },
    });
  }
  for (const code of SAHEL) {
    if (!countries.some((f) => f.properties.code === code)) {
      problems.errors.push(`Sahel country ${code} missing from the countries`);
    }
  }
  return { countries, labels, unlabelled, problems };
}
