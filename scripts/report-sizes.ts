/** Printed after `vite build`: every emitted file (worker included) raw, gzip and brotli. */
import { measureDist, table } from './sizes';

console.log(
  `\nBuilt files (compressed as a static host would serve them):\n${table(measureDist())}\n`,
);
