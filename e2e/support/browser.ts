/**
 * The generic layer of the e2e tests, and the only file that imports @playwright/test's `test`:
 * every test gets a page whose console errors and off-origin requests are recorded at the
 * browser-context level (so the map's worker requests count too) and checked after the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Watch {
  readonly consoleErrors: string[];
  readonly offOrigin: string[];
  /** Console errors that a test provokes on purpose (a failed request) are allowed by pattern. */
  allowConsoleError(pattern: RegExp): void;
  /** The off-origin requests recorded so far, which the check at the end then no longer sees
   * (for the test that proves the watch sees them). */
  takeOffOrigin(): string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const consoleErrors: string[] = [];
      const offOrigin: string[] = [];
      const allowed: RegExp[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offOrigin.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
      const watch: Watch = {
        consoleErrors,
        offOrigin,
        allowConsoleError: (pattern) => allowed.push(pattern),
        takeOffOrigin: () => offOrigin.splice(0),
      };
      await use(watch);
      expect(offOrigin, 'requests to another origin').toEqual([]);
      const unexpected = consoleErrors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect, type Page };

/** How many distinct colours a screenshot has (a blank canvas has one or two). */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 7) {
    colours.add(
      ((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0),
    );
  }
  return colours.size;
}
