/**
 * The size budget checked in CI: everything a first visit can download (all of dist/ but
 * source maps), brotli-compressed, must stay within BUDGET. A size, never a time.
 */
import { kb, measureDist } from './sizes';

/** A bare MapLibre page with a basemap is 428 kB; the app may add at most ~90 kB to that. */
export const BUDGET_BROTLI = 520_000;

const sizes = measureDist();
const total = sizes.reduce((sum, s) => sum + s.brotli, 0);
const verdict = total <= BUDGET_BROTLI ? 'within' : 'OVER';
console.log(
  `size budget: ${kb(total)} brotli for ${sizes.length} files, ${verdict} the budget of ${kb(BUDGET_BROTLI)}`,
);
if (total > BUDGET_BROTLI) {
  for (const s of sizes.slice(0, 8)) console.log(`  ${s.file}: ${kb(s.brotli)}`);
  process.exit(1);
}
