/**
 * Time-slider steps, from a date change to the map's next idle frame: with the real data through
 * the real UI (a keyboard step), and with synthetic data of 1k/10k/100k sites in the app (feature
 * state, only the features whose look changed) beside a bare page's `setFilter` and a filter
 * reading MapLibre's global state, on the same points.
 */
import type { Browser, Page } from '@playwright/test';
import { DATA_VISIBLE_MARK } from '../src/map/handle/contract';
import { newContext } from './browser';
import type { Served } from './server';
import { median, ms, p95, printTable } from './stats';

type StepKind = 'app' | 'bare-filter' | 'bare-global';

/**
 * The page-side step benchmark: N synthetic sites, then date steps timed to the next idle frame.
 *  - app: the app's controller (feature state, only the features whose look changed);
 *  - bare-filter: a bare page's usual `setFilter` with the day as a literal;
 *  - bare-global: the same layer filtered by an expression reading MapLibre's global state.
 */
export async function stepLatency(page: Page, kind: StepKind, n: number, steps: number) {
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

async function openAndWait(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    DATA_VISIBLE_MARK,
    {
      timeout: 60_000,
    },
  );
}

export async function sliderSteps(
  browser: Browser,
  app: Served,
  bare: Served,
  sizes: readonly number[],
  steps: number,
): Promise<void> {
  const rows: string[][] = [];
  const context = await newContext(browser, {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const appPage = await context.newPage();
  await openAndWait(appPage, `${app.url}/?date=2021-11-11`);
  const barePage = await context.newPage();
  await openAndWait(barePage, `${bare.url}/`);

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

  for (const n of sizes) {
    const stepsAt = n >= 100_000 ? Math.ceil(steps / 3) : steps;
    const a = await stepLatency(appPage, 'app', n, stepsAt);
    const b = await stepLatency(barePage, 'bare-filter', n, stepsAt);
    const g = await stepLatency(barePage, 'bare-global', n, stepsAt);
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

  await context.close();
}
