/**
 * `npm run bench`: builds the app and a bare MapLibre baseline, serves both compressed as a static
 * host would, and measures in Chromium. Prints tables; asserts nothing (budgets that matter are
 * checked in CI as sizes, see scripts/size-budget.ts).
 *
 *  1. First visit on a slow mobile link (1.6 Mbit/s down, 150 ms latency, via the DevTools
 *     protocol): bytes transferred and time to the map showing the data, app vs bare page.
 *  2. Time-slider step latency, from a date change to the next idle frame, with the real data and
 *     synthetic data of 1k/10k/100k sites: the app (MapLibre global state in filter and paint
 *     expressions) vs the bare page (`setFilter` with the date as a literal).
 *  3. Second visit through the service worker, with the network cut.
 *  Bytes are counted by the benchmark's own server (what it sent, compressed), so the requests
 *  that MapLibre's worker makes are included.
 *  4. JS heap after playing the whole timeline three times.
 *
 * Options: --no-build, --runs N (default 5), --quick (fewer steps, no 100k).
 */
import { execSync } from 'node:child_process';
import {
  type Browser,
  type BrowserContextOptions,
  type CDPSession,
  chromium,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { type Served, serve } from './server';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const QUICK = args.includes('--quick');
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const ONLY_STEPS = args.includes('--steps-only');
const STEPS = QUICK ? 15 : 30;

const SLOW_MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (0.75 * 1_000_000) / 8,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0;
}
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

async function withCdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Waits for the page's finish line (`sahel:data-visible`) and returns its time. */
async function timeToData(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('sahel:data-visible').length > 0,
    undefined,
    { timeout },
  );
  return page.evaluate(() => performance.getEntriesByName('sahel:data-visible')[0]?.startTime ?? 0);
}

/** One cold first visit on the slow profile: bytes on the wire and time to data on the map. */
async function firstVisit(
  browser: Browser,
  site: Served,
  path: string,
): Promise<{ bytes: number; time: number }> {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await withCdp(page);
  // A new context starts with an empty cache (a first visit); the HTTP cache stays on, as in a
  // real browser, so that what a page preloads is reused by the requests that follow it.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_MOBILE);
  // Counted by the server: the worker's own requests (basemap, data) are included.
  const before = site.sent();
  await page.goto(`${site.url}${path}`);
  const time = await timeToData(page, 120_000);
  // Let requests started before the mark (preloads, late fonts) finish before counting.
  await page.waitForLoadState('networkidle');
  const bytes = site.sent() - before;
  await context.close();
  return { bytes, time };
}

/** A second visit: the service worker installed by a first visit serves everything, offline. */
async function secondVisit(browser: Browser, site: Served, path: string): Promise<number> {
  const context = await newContext(browser, {});
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    undefined,
    { timeout: 60_000 },
  );
  await page.close();
  await context.setOffline(true);
  const again = await context.newPage();
  await again.goto(`${site.url}${path}`);
  const time = await timeToData(again, 60_000);
  await context.close();
  return time;
}

/** tsx names functions with a `__name` helper that pages do not have: give them a no-op one. */
async function newContext(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

type StepKind = 'app' | 'bare-filter' | 'bare-global';

/**
 * The page-side step benchmark: N synthetic sites, then date steps timed to the next idle frame.
 *  - app: the app's controller (feature state, only the features whose look changed);
 *  - bare-filter: a bare page's usual `setFilter` with the day as a literal;
 *  - bare-global: the same layer filtered by an expression reading MapLibre's global state.
 */
async function stepLatency(page: Page, kind: StepKind, n: number, steps: number) {
  // A background tab gets no animation frames: the measured page must be the visible one.
  await page.bringToFront();
  return page.evaluate(
    async ({ kind, n, steps }) => {
      type M = {
        getSource(id: string): { setData(d: unknown): void } | undefined;
        addSource(id: string, s: unknown): void;
        addLayer(l: unknown): void;
        getLayer(id: string): unknown;
        setFilter(id: string, f: unknown): void;
        setGlobalStateProperty(k: string, v: unknown): void;
        once(e: string, f: () => void): void;
        triggerRepaint(): void;
      };
      type H = { map: M; loadData(layer: string, d: unknown): void; setDay(day: number): void };
      const w = window as unknown as { __sahel?: H; __bareMap?: M };
      const map = (kind === 'app' ? w.__sahel?.map : w.__bareMap) as M;
      // A step that changes nothing on screen renders no frame and fires no idle, so each step
      // asks for a frame (below); the 10 s limit only keeps a stuck step from hanging the run.
      const idle = () =>
        Promise.race([
          new Promise<void>((r) => map.once('idle', () => r())),
          new Promise<void>((r) => setTimeout(r, 10_000)),
        ]);
      // Sites spread over the Sahel, each present for a random span between 2013 and 2025.
      let seed = 42;
      const rand = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const base = 15_706; // 2013-01-01
      const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
      const features = Array.from({ length: n }, (_, i) => {
        const s0 = base + Math.floor(rand() * 4000);
        const e0 = s0 + Math.floor(rand() * 2000);
        return {
          type: 'Feature',
          // Shaped like data/france.geojson (the app builds its records from it); the bare
          // page's filters read s0/e1.
          properties: {
            id: `syn-${i}`,
            actor: i % 2 ? 'france' : 'russia',
            kind: 'base',
            'name:en': '',
            'name:fr': '',
            start_date: iso(s0),
            end_date: iso(e0),
            approximate: false,
            s0,
            e1: e0,
          },
          geometry: { type: 'Point', coordinates: [-15 + rand() * 40, 5 + rand() * 20] },
        };
      });
      const data = { type: 'FeatureCollection', features };
      const layerId = `synthetic-${kind}`;
      if (kind === 'app') {
        w.__sahel?.loadData('france', data);
      } else {
        if (!map.getSource('synthetic')) map.addSource('synthetic', { type: 'geojson', data });
        else map.getSource('synthetic')?.setData(data);
        if (!map.getLayer(layerId)) {
          map.addLayer({
            id: layerId,
            type: 'circle',
            source: 'synthetic',
            paint: { 'circle-radius': 4, 'circle-color': '#1d4ed8' },
            ...(kind === 'bare-global'
              ? {
                  filter: [
                    'all',
                    ['<=', ['get', 's0'], ['global-state', 'date']],
                    ['<', ['global-state', 'date'], ['get', 'e1']],
                  ],
                }
              : {}),
          });
        }
      }
      await idle();
      const times: number[] = [];
      for (let i = 0; i < steps; i++) {
        const day = base + 500 + i * 97;
        const t0 = performance.now();
        const done = idle();
        if (kind === 'app') w.__sahel?.setDay(day);
        else if (kind === 'bare-global') map.setGlobalStateProperty('date', day);
        else map.setFilter(layerId, ['all', ['<=', ['get', 's0'], day], ['<', day, ['get', 'e1']]]);
        // A step that changes nothing draws no frame; ask for one so that every step ends.
        requestAnimationFrame(() => map.triggerRepaint());
        await done;
        times.push(performance.now() - t0);
      }
      return times;
    },
    { kind, n, steps },
  );
}

/** 1. First visit on a slow link, alternating app and bare page so both see the same noise. */
async function firstVisits(browser: Browser, app: Served, bare: Served) {
  const appRuns: { bytes: number; time: number }[] = [];
  const bareRuns: { bytes: number; time: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    appRuns.push(await firstVisit(browser, app, '/?date=2021-11-11'));
    bareRuns.push(await firstVisit(browser, bare, '/'));
  }
  const appTime = median(appRuns.map((r) => r.time));
  const bareTime = median(bareRuns.map((r) => r.time));
  printTable(
    'First visit, slow mobile (1.6 Mbit/s, 150 ms), cold cache',
    ['page', 'bytes (compressed)', 'median to data', 'min', 'max'],
    [
      [
        'app',
        kb(median(appRuns.map((r) => r.bytes))),
        ms(appTime),
        ms(Math.min(...appRuns.map((r) => r.time))),
        ms(Math.max(...appRuns.map((r) => r.time))),
      ],
      [
        'bare MapLibre page',
        kb(median(bareRuns.map((r) => r.bytes))),
        ms(bareTime),
        ms(Math.min(...bareRuns.map((r) => r.time))),
        ms(Math.max(...bareRuns.map((r) => r.time))),
      ],
    ],
  );
  console.log(`ratio app / bare page: ${(appTime / bareTime).toFixed(2)} (goal ≤ 0.90)`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: run `npm run test:e2e` once, or set CHROMIUM_PATH.');
  if (!args.includes('--no-build')) {
    execSync('npm run build', { stdio: 'inherit' });
  }
  execSync('npx vite build --config bench/vite.bare.config.ts', { stdio: 'inherit' });
  const app = await serve('dist');
  const bare = await serve('dist-bench/bare');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  console.log(
    `\nChromium ${browser.version()}, ${RUNS} runs per figure, software WebGL (SwiftShader)`,
  );

  if (!ONLY_STEPS) await firstVisits(browser, app, bare);

  // 2. Slider steps.
  const rows: string[][] = [];
  const context = await newContext(browser, {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const appPage = await context.newPage();
  await appPage.goto(`${app.url}/?date=2021-11-11`);
  await appPage.waitForFunction(
    () => performance.getEntriesByName('sahel:data-visible').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const barePage = await context.newPage();
  await barePage.goto(`${bare.url}/`);
  await barePage.waitForFunction(
    () => performance.getEntriesByName('sahel:data-visible').length > 0,
    undefined,
    { timeout: 60_000 },
  );

  // Real data, real UI: a keyboard step on the slider to the map's next idle frame.
  await appPage.bringToFront();
  const real = await appPage.evaluate(async (steps) => {
    const map = (
      window as unknown as {
        __sahel: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
      }
    ).__sahel.map;
    const slider = document.querySelector<HTMLInputElement>('input[type=range]');
    slider?.focus();
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      const done = new Promise<void>((r) => map.once('idle', () => r()));
      slider?.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
      requestAnimationFrame(() => map.triggerRepaint());
      await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))]);
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    return times;
  }, 10);
  rows.push([
    'real data (the data/ files), keyboard step, app',
    ms(median(real)),
    ms(p95(real)),
    '',
    '',
    '',
  ]);

  for (const n of SIZES) {
    const steps = n >= 100_000 ? Math.ceil(STEPS / 3) : STEPS;
    const a = await stepLatency(appPage, 'app', n, steps);
    const b = await stepLatency(barePage, 'bare-filter', n, steps);
    const g = await stepLatency(barePage, 'bare-global', n, steps);
    rows.push([
      `${n.toLocaleString('en')} synthetic sites`,
      ms(median(a)),
      ms(p95(a)),
      `${ms(median(b))} / ${ms(p95(b))}`,
      `${ms(median(g))} / ${ms(p95(g))}`,
      (p95(a) / p95(b)).toFixed(2),
    ]);
  }
  printTable(
    'Time-slider step to the next idle frame',
    [
      'data',
      'app (feature state) median',
      'app p95',
      'bare setFilter median / p95',
      'bare global-state filter median / p95',
      'p95 ratio app / setFilter (goal ≤ 0.5)',
    ],
    rows,
  );

  // 3. Second visit, offline, through the service worker.
  const second: number[] = [];
  for (let i = 0; i < (ONLY_STEPS ? 0 : Math.min(RUNS, 3)); i++) {
    second.push(await secondVisit(browser, app, '/?date=2021-11-11'));
  }
  printTable(
    'Second visit with the network cut (service worker), no throttling',
    ['page', 'median to data', 'min', 'max'],
    [['app', ms(median(second)), ms(Math.min(...second)), ms(Math.max(...second))]],
  );

  // 4. Heap after playing the whole timeline three times (fresh page, real data).
  const heapPage = await context.newPage();
  await heapPage.bringToFront();
  await heapPage.goto(`${app.url}/?date=2013-01-01`);
  await heapPage.waitForFunction(
    () => performance.getEntriesByName('sahel:data-visible').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const cdp = await withCdp(heapPage);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  const before = await heap();
  const heaps: number[] = [];
  for (let round = 0; round < 3; round++) {
    await heapPage
      .getByRole('combobox', { name: /Speed|Vitesse/ })
      .selectOption('16')
      .catch(async () => {
        await heapPage.locator('.speed select').selectOption('16');
      });
    await heapPage.locator('.slider input[type=range]').focus();
    await heapPage.keyboard.press('Home');
    await heapPage.locator('button.play').click();
    await heapPage.waitForFunction(
      () => document.querySelector('button.play')?.getAttribute('aria-pressed') === 'false',
      undefined,
      {
        timeout: 120_000,
      },
    );
    heaps.push(await heap());
  }
  printTable(
    'JS heap after playing the whole timeline (after GC)',
    ['moment', 'used heap'],
    [['before', kb(before)], ...heaps.map((h, i) => [`after play ${i + 1}`, kb(h)])],
  );

  await context.close();
  await browser.close();
  app.server.close();
  bare.server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
