/** The benchmark's browser plumbing: contexts, DevTools sessions, the finish line. */
import type { Browser, BrowserContextOptions, CDPSession, Page } from '@playwright/test';
import { DATA_VISIBLE_MARK, FIRST_MAP_MARK } from '../src/map/handle/contract';

export async function withCdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** tsx names functions with a `__name` helper that pages do not have: give them a no-op one. */
export async function newContext(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

/** Waits for a performance mark and returns its time, in ms from the navigation's start. */
export async function timeToMark(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? 0, mark);
}

/** Waits for the page's finish line (MapLibre's first frame with the data) and returns its time.
 * The bare page marks the same name. */
export function timeToData(page: Page, timeout: number): Promise<number> {
  return timeToMark(page, DATA_VISIBLE_MARK, timeout);
}

/** The app's first map (the light map with the day's sites): its time, and which map drew it and
 * how many sites (the mark's detail). */
export async function firstMap(
  page: Page,
  timeout: number,
): Promise<{ time: number; map: string; sites: number }> {
  const time = await timeToMark(page, FIRST_MAP_MARK, timeout);
  const detail = await page.evaluate(
    (name) =>
      (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail as
        | { map: string; sites: number }
        | undefined,
    FIRST_MAP_MARK,
  );
  return { time, map: detail?.map ?? '?', sites: detail?.sites ?? 0 };
}
