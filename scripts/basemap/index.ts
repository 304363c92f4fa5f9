/** The steps of the basemap build, one per file, in the order build-basemap.ts runs them. */
export { inputLines, inputsHash, OUTPUT_FILES, STAMP, upToDate } from './cache';
export { buildCountries } from './countries';
export { loadInputs } from './inputs';
export { checkLand } from './land';
export { buildPlaces } from './places';
export { joinProblems, type Problems } from './problems';
export { manifest, outputs, report, sized } from './report';
export { STORY_TOWNS } from './story-towns';
export { buildTopology } from './topology';
export { clipWater, nameLakes, nameRivers } from './water';
export { LAKES, RIVERS } from './water-names';
