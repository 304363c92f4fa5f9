/**
 * What specs import: Playwright's `test` with the generic watch (browser.ts) and an `app`
 * fixture, the app driver (app.ts). Specs talk to the app only through `app`.
 */
import { MapApp } from './app';
import { test as browserTest } from './browser';

export const test = browserTest.extend<{ app: MapApp }>({
  app: async ({ page }, use) => use(new MapApp(page)),
});

export { distinctColours, expect, pixelDifference } from './browser';
