/** A second visit: the service worker installed by a first visit serves everything, with the
 * network cut; time to the data on the map, no throttling. */
import type { Browser } from '@playwright/test';
import { newContext, timeToData } from './browser';
import type { Served } from './server';
import { median, ms, printTable } from './stats';

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

export async function secondVisits(browser: Browser, app: Served, runs: number): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await secondVisit(browser, app, '/?date=2021-11-11'));
  printTable(
    'Second visit with the network cut (service worker), no throttling',
    ['page', 'median to data', 'min', 'max'],
    [['app', ms(median(times)), ms(Math.min(...times)), ms(Math.max(...times))]],
  );
  console.log(`goal: under 1,500 ms (${median(times) < 1500 ? 'met' : 'not met'})`);
}
