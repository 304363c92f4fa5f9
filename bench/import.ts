/**
 * `npm run bench:import` (or `npx tsx bench/import.ts`): the importer, measured in Chromium on
 * the built app. Prints tables; asserts nothing.
 *
 *  1. Import of synthetic ACLED-shaped CSV files of 10k, 100k and 1M events through the file
 *     input: from the file chosen to the layer's first drawn frame (`sahel:import-start` →
 *     `sahel:import-drawn`), and the page's JS heap after it (after GC; the parsing worker's
 *     heap is gone by then).
 *  2. Slider-step latency, from a day change to the next idle frame: the imported layer (the
 *     day is a uniform) beside MapLibre `setFilter` on a circle layer of the same points with
 *     the same window test, in the same page and run.
 *
 * Options: --no-build, --sizes 10000,100000 (default 10k, 100k, 1M), --steps N (default 30).
 * Goals: import 100k < 3 s; step p95 at 100k ≤ 0.2 × setFilter's; 1M imports and steps.
 */

import { execSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { IMPORT_MARKS } from '../src/import/marks';
import { DATA_VISIBLE_MARK } from '../src/map/handle/contract';
import { serve } from './server';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (opt('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const STEPS = Number(opt('--steps')) || 30;
const WINDOW = 90;

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
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

const TYPES = ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Protests'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A synthetic ACLED export: events over the Sahel, 2013–2025, a mix of date precisions. */
async function syntheticCsv(n: number): Promise<string> {
  const dir = join(tmpdir(), 'sahel-bench-import');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `acled-synthetic-${n}.csv`);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  out.write(
    'event_id_cnty,event_date,year,time_precision,event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities\n',
  );
  const base = Date.UTC(2013, 0, 1);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const d = new Date(base + Math.floor(rand() * 4700) * 86_400_000);
    const date = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    const r = rand();
    const precision = r < 0.85 ? 1 : r < 0.95 ? 2 : 3;
    const type = TYPES[i % TYPES.length];
    const lat = (5 + rand() * 20).toFixed(4);
    const lon = (-15 + rand() * 40).toFixed(4);
    chunk += `SYN${i},${date},${d.getUTCFullYear()},${precision},${type},Actor ${i % 50},Actor ${(i * 7) % 50},Mali,Place ${i % 900},${lat},${lon},Synthetic,"Event ${i} in ${MONTHS[d.getUTCMonth()]}",${Math.floor(rand() * rand() * 40)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return path;
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Imports a file through the real input; returns the time from choice to first drawn frame. */
async function importOnce(page: Page, path: string): Promise<{ total: number; parsed: number }> {
  await page.evaluate((marks) => {
    for (const mark of Object.values(marks)) performance.clearMarks(mark);
  }, IMPORT_MARKS);
  await page.getByLabel('Import events…').setInputFiles(path);
  await page.waitForFunction(
    (drawn) => performance.getEntriesByName(drawn).length > 0,
    IMPORT_MARKS.drawn,
    { timeout: 300_000, polling: 50 },
  );
  return page.evaluate((marks) => {
    const at = (mark: string) => performance.getEntriesByName(mark)[0]?.startTime ?? 0;
    return { total: at(marks.drawn) - at(marks.start), parsed: at(marks.parsed) - at(marks.start) };
  }, IMPORT_MARKS);
}

/** Day steps timed to the next idle frame: `imported` moves the layer's uniform; `filter`
 * calls setFilter on a circle layer of the same points (the imported layer hidden). */
async function steps(
  page: Page,
  kind: 'imported' | 'filter' | 'repaint',
  count: number,
  window: number,
) {
  await page.bringToFront();
  return page.evaluate(
    async ({ kind, count, windowDays }) => {
      type M = {
        addSource(id: string, s: unknown): void;
        addLayer(l: unknown): void;
        getLayer(id: string): unknown;
        removeLayer(id: string): void;
        removeSource(id: string): void;
        setFilter(id: string, f: unknown): void;
        once(e: string, f: () => void): void;
        triggerRepaint(): void;
      };
      type T = {
        n: number;
        lon: Float64Array;
        lat: Float64Array;
        start: Int32Array;
        end: Int32Array;
      };
      type I = {
        layers(): { id: string }[];
        table(id: string): T | null;
        step(day: number): void;
      };
      const w = window as unknown as { __sahel: { map: M }; __sahelImported: I };
      const map = w.__sahel.map;
      const imported = w.__sahelImported;
      const idle = () =>
        Promise.race([
          new Promise<void>((r) => map.once('idle', () => r())),
          new Promise<void>((r) => setTimeout(r, 60_000)),
        ]);
      const id = imported.layers()[0]?.id ?? '';
      const table = imported.table(id);
      if (!table) throw new Error('no imported layer');
      if (kind === 'filter') {
        // The same points with their windows, the way a plain MapLibre page would draw them.
        const features = new Array(table.n);
        for (let i = 0; i < table.n; i++) {
          features[i] = {
            type: 'Feature',
            properties: { s: table.start[i], e: table.end[i] },
            geometry: { type: 'Point', coordinates: [table.lon[i], table.lat[i]] },
          };
        }
        map.addSource('bench-points', {
          type: 'geojson',
          data: { type: 'FeatureCollection', features },
        });
        map.addLayer({
          id: 'bench-points',
          type: 'circle',
          source: 'bench-points',
          paint: { 'circle-radius': 3, 'circle-color': '#7c3aed' },
        });
        imported.step(-1_000_000); // the imported layer draws nothing meanwhile
        await idle();
      }
      const base = 16_000; // 2013-10-22
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const day = base + 60 + i * 97;
        const t0 = performance.now();
        const done = idle();
        if (kind === 'imported') imported.step(day);
        else if (kind === 'filter') {
          map.setFilter('bench-points', [
            'all',
            ['<=', ['get', 's'], day],
            ['>', ['get', 'e'], day - windowDays],
          ]);
        }
        requestAnimationFrame(() => map.triggerRepaint());
        await done;
        times.push(performance.now() - t0);
      }
      if (kind === 'filter') {
        map.removeLayer('bench-points');
        map.removeSource('bench-points');
      }
      return times;
    },
    { kind, count, windowDays: window },
  );
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH.');
  if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const files = new Map<number, string>();
  for (const n of SIZES) files.set(n, await syntheticCsv(n));
  const site = await serve('dist');
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=4096'],
  });
  console.log(
    `\nChromium ${browser.version()}, software WebGL (SwiftShader), window ${WINDOW} days, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores (other work on the machine slows every figure)`,
  );
  const importRows: string[][] = [];
  const stepRows: string[][] = [];
  for (const n of SIZES) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${site.url}/?date=2020-01-01&map=4/14/5`, { timeout: 180_000 });
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      DATA_VISIBLE_MARK,
      { timeout: 120_000 },
    );
    const before = await heap(cdp);
    const time = await importOnce(page, files.get(n) ?? '');
    const afterImport = Date.now();
    const after = await heap(cdp);
    importRows.push([
      `${n.toLocaleString('en')} events`,
      ms(time.total),
      ms(time.parsed),
      mb(after),
      `+${mb(after - before)}`,
    ]);
    console.log(`imported ${n}: ${ms(time.total)} (${Date.now() - afterImport} ms to GC)`);
    const count = n >= 1_000_000 ? Math.ceil(STEPS / 3) : STEPS;
    // The floor: a frame that changes nothing (the basemap and site layers drawn again).
    const floor = await steps(page, 'repaint', Math.min(count, 10), WINDOW);
    const mine = await steps(page, 'imported', count, WINDOW);
    const filterSteps = n >= 1_000_000 ? 3 : n >= 100_000 ? Math.ceil(STEPS / 3) : STEPS;
    const filter = await steps(page, 'filter', filterSteps, WINDOW);
    stepRows.push([
      `${n.toLocaleString('en')} events`,
      `${ms(median(floor))} / ${ms(p95(floor))}`,
      `${ms(median(mine))} / ${ms(p95(mine))}`,
      `${ms(median(filter))} / ${ms(p95(filter))}`,
      (p95(mine) / p95(filter)).toFixed(3),
    ]);
    console.log(`stepped ${n}`);
    await context.close();
  }
  printTable(
    'Import through the file input, file chosen → layer drawn (goal 100k < 3 s)',
    ['file', 'chosen → drawn', 'of which in the worker', 'JS heap after (GC)', 'heap growth'],
    importRows,
  );
  printTable(
    'Slider step of the imported layer to the next idle frame, beside setFilter on the same points',
    [
      'events',
      'repaint only (floor)',
      'imported layer median / p95',
      'setFilter median / p95',
      'p95 ratio (goal ≤ 0.2 at 100k)',
    ],
    stepRows,
  );
  await browser.close();
  site.server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
