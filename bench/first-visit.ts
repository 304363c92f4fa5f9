/**
 * First visits: a fresh browser context each time (an empty HTTP cache, enabled as in a real
 * browser, so that what a page preloads can serve its later requests), no service worker, bytes
 * as the server sent them (the worker's requests included). Two times from the navigation for
 * the app, measured in the same visit: its first map (`sahel:first-map`, the light map with the
 * day's sites) and MapLibre's first frame with the data (`sahel:data-visible`); one for the bare
 * MapLibre page, its data drawn. App and bare page alternate, so both see the same noise, on a
 * slow mobile link and unthrottled.
 */
import type { Browser } from '@playwright/test';
import { firstMap, newContext, timeToData, withCdp } from './browser';
import type { Served } from './server';
import { kb, median, ms, printTable, ratio } from './stats';

export const SLOW_MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (0.75 * 1_000_000) / 8,
};

type Link = typeof SLOW_MOBILE | null;

/** One visit; `app` also reads the app's first map (the bare page has none). */
async function visit(browser: Browser, site: Served, path: string, link: Link, app: boolean) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await withCdp(page);
  await cdp.send('Network.enable');
  if (link) await cdp.send('Network.emulateNetworkConditions', link);
  const before = site.sent();
  await page.goto(`${site.url}${path}`, { waitUntil: 'commit' });
  const time = await timeToData(page, 120_000);
  const first = app ? await firstMap(page, 1000) : null;
  // Let requests started before the mark (late fonts) finish before counting.
  await page.waitForLoadState('networkidle');
  const bytes = site.sent() - before;
  await context.close();
  return { bytes, time, first: first?.time ?? time };
}

type Run = Awaited<ReturnType<typeof visit>>;

export async function firstVisits(
  browser: Browser,
  app: Served,
  bare: Served,
  runs: number,
): Promise<void> {
  for (const [name, link, firstGoal, dataGoal] of [
    ['slow mobile (1.6 Mbit/s, 150 ms)', SLOW_MOBILE, '≤ 0.50', '≤ 1.15'],
    ['unthrottled', null, '≤ 0.80', null],
  ] as const) {
    const appRuns: Run[] = [];
    const bareRuns: Run[] = [];
    for (let i = 0; i < runs; i++) {
      appRuns.push(await visit(browser, app, '/?date=2021-11-11', link, true));
      bareRuns.push(await visit(browser, bare, '/', link, false));
    }
    const med = (r: Run[], key: 'time' | 'first') => median(r.map((x) => x[key]));
    const row = (label: string, r: Run[], key: 'time' | 'first') => [
      label,
      kb(median(r.map((x) => x.bytes))),
      ms(med(r, key)),
      ms(Math.min(...r.map((x) => x[key]))),
      ms(Math.max(...r.map((x) => x[key]))),
    ];
    printTable(
      `First visit, ${name}, empty HTTP cache, ${runs} runs each`,
      ['page: time to', 'bytes (compressed)', 'median', 'min', 'max'],
      [
        row('app: first map (light map, sahel:first-map)', appRuns, 'first'),
        row('app: MapLibre with the data (sahel:data-visible)', appRuns, 'time'),
        row('bare MapLibre page: its data', bareRuns, 'time'),
      ],
    );
    const b = med(bareRuns, 'time');
    console.log(
      `ratio first map / bare page, ${name}: ${ratio(med(appRuns, 'first'), b)} (goal ${firstGoal})`,
    );
    console.log(
      `ratio MapLibre's data / bare page, ${name}: ${ratio(med(appRuns, 'time'), b)}${dataGoal ? ` (goal ${dataGoal})` : ''}`,
    );
  }
}
