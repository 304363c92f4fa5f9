/**
 * `npm run bench`: builds the app and a bare MapLibre baseline, serves both compressed as a static
 * host would (bench/server.ts), and measures in Chromium. Prints tables; asserts nothing (budgets
 * that matter are checked in CI as sizes, see scripts/size-budget.ts). One file per measurement:
 *
 *  1. first-visit.ts   first visits, slow mobile link and unthrottled, app beside the bare page;
 *  2. steps.ts         time-slider steps, real data and 1k/10k/100k synthetic sites, beside
 *                      `setFilter` and a global-state filter on the same points;
 *  3. second-visit.ts  second visit through the service worker, network cut;
 *  4. heap.ts          JS heap after playing the whole timeline three times.
 * `bench/profile.ts` (run alone) says where a first load spends its time.
 *
 * Options: --no-build, --runs N (default 5), --quick (fewer steps, no 100k), --steps-only,
 * --visits-only, --app DIR (measure another build, e.g. an older commit's, with --no-build).
 */
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { firstVisits } from './first-visit';
import { heapAfterPlays } from './heap';
import { secondVisits } from './second-visit';
import { serve } from './server';
import { sliderSteps } from './steps';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const QUICK = args.includes('--quick');
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const STEPS = QUICK ? 15 : 30;
const STEPS_ONLY = args.includes('--steps-only');
const VISITS_ONLY = args.includes('--visits-only');
/** Another build of the app to measure (say, an older commit's `dist/`), beside the same bare page. */
const APP_DIR = args.includes('--app') ? (args[args.indexOf('--app') + 1] ?? 'dist') : 'dist';

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium: run `npm run test:e2e` once, or set CHROMIUM_PATH.');
  }
  if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  execSync('npx vite build --config bench/vite.bare.config.ts', { stdio: 'inherit' });
  const app = await serve(APP_DIR);
  const bare = await serve('dist-bench/bare');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  console.log(
    `\nChromium ${browser.version()}, ${RUNS} runs per figure, software WebGL (SwiftShader)`,
  );
  if (!STEPS_ONLY) await firstVisits(browser, app, bare, RUNS);
  if (!VISITS_ONLY) await sliderSteps(browser, app, bare, SIZES, STEPS);
  if (!STEPS_ONLY) await secondVisits(browser, app, Math.min(RUNS, 3));
  if (!STEPS_ONLY && !VISITS_ONLY) await heapAfterPlays(browser, app);
  await browser.close();
  app.server.close();
  bare.server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
