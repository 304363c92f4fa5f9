/**
 * First visits: a fresh browser context each time (an empty HTTP cache, enabled as in a real
 * browser, so that what a page preloads can serve its later requests), no service worker, time
 * from the navigation to the data drawn on the map, bytes as the server sent them (the worker's
 * requests included). App and bare page alternate, so both see the same noise, on a slow mobile
 * link and unthrottled.
 */
import type { Browser } from '@playwright/test';
import { newContext, timeToData, withCdp } from './browser';
import type { Served } from './server';
import { kb, median, ms, printTable, ratio } from './stats';

export const SLOW_MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (0.75 * 1_000_000) / 8,
};

type Link = typeof SLOW_MOBILE | null;

async function visit(browser: Browser, site: Served, path: string, link: Link) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await withCdp(page);
  await cdp.send('Network.enable');
  if (link) await cdp.send('Network.emulateNetworkConditions', link);
  const before = site.sent();
  await page.goto(`${site.url}${path}`);
  const time = await timeToData(page, 120_000);
  // Let requests started before the mark (late fonts) finish before counting.
  await page.waitForLoadState('networkidle');
  const bytes = site.sent() - before;
  await context.close();
  return { bytes, time };
}

export async function firstVisits(
  browser: Browser,
  app: Served,
  bare: Served,
  runs: number,
): Promise<void> {
  for (const [name, link, goal] of [
    ['slow mobile (1.6 Mbit/s, 150 ms)', SLOW_MOBILE, '≤ 0.90'],
    ['unthrottled', null, '≤ 1.00'],
  ] as const) {
    const appRuns: { bytes: number; time: number }[] = [];
    const bareRuns: { bytes: number; time: number }[] = [];
    for (let i = 0; i < runs; i++) {
      appRuns.push(await visit(browser, app, '/?date=2021-11-11', link));
      bareRuns.push(await visit(browser, bare, '/', link));
    }
    const row = (label: string, r: { bytes: number; time: number }[]) => [
      label,
      kb(median(r.map((x) => x.bytes))),
      ms(median(r.map((x) => x.time))),
      ms(Math.min(...r.map((x) => x.time))),
      ms(Math.max(...r.map((x) => x.time))),
    ];
    printTable(
      `First visit, ${name}, empty HTTP cache, ${runs} runs each`,
      ['page', 'bytes (compressed)', 'median to data', 'min', 'max'],
      [row('app', appRuns), row('bare MapLibre page', bareRuns)],
    );
    const a = median(appRuns.map((r) => r.time));
    const b = median(bareRuns.map((r) => r.time));
    console.log(`ratio app / bare page, ${name}: ${ratio(a, b)} (goal ${goal})`);
  }
}
