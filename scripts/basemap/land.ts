/**
 * Checks that the countries cover all of Natural Earth's land in the region: run after the
 * countries, since the page draws the land as their merge (src/map/basemap/decode.ts) and no
 * land layer is shipped.
 */
import area from '@turf/area';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import { CLIP_DECIMALS, clipArea } from './clip';
import type { Area } from './geometry';
import type { LandTopology } from './inputs';
import { noProblems, type Problems } from './problems';

export function checkLand(worldLand: LandTopology, countries: readonly Feature<Area>[]): Problems {
  const problems = noProblems();
  const landKm2 = feature(worldLand, worldLand.objects.land).features.reduce((sum, f) => {
    const clipped = f.geometry && clipArea(f.geometry as Area, CLIP_DECIMALS);
    return sum + (clipped ? area(clipped) / 1e6 : 0);
  }, 0);
  const countriesKm2 = countries.reduce((sum, f) => sum + area(f.geometry) / 1e6, 0);
  if (Math.abs(landKm2 - countriesKm2) > 1e-4 * landKm2) {
    problems.errors.push(
      `the countries cover ${Math.round(countriesKm2)} km², the land ${Math.round(landKm2)} km²`,
    );
  }
  return problems;
}
