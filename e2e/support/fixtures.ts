/**
 * What specs import: Playwright's `test` with the generic watch (browser.ts), the `app` fixture
 * (app.ts) and, for the importer's specs, `importer` (the app's import driver). Specs talk to the
 * app only through these.
 */
import { MapApp } from './app';
import { test as browserTest } from './browser';
import type { ImportDriver } from './drivers/import';

export const test = browserTest.extend<{ app: MapApp; importer: ImportDriver }>({
  app: async ({ page }, use) => use(new MapApp(page)),
  importer: async ({ app }, use) => use(app.importer),
});

export { type Box, distinctColours, expect } from './browser';
