/** The benchmark's browser plumbing: contexts, DevTools sessions, the finish line. */
import type { Browser, BrowserContextOptions, CDPSession, Page } from '@playwright/test';
import { DATA_VISIBLE_MARK } from '../src/map/handle/contract';

export async function withCdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** tsx names functions with a `__name` helper that pages do not have: give them a no-op one. */
export async function newContext(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

/** Waits for the page's finish line (the data drawn on the map) and returns its time, in ms
 * from the navigation's start. The bare page marks the same name. */
export async function timeToData(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    DATA_VISIBLE_MARK,
    { timeout },
  );
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? 0,
    DATA_VISIBLE_MARK,
  );
}
