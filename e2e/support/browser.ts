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

/**
 * The share of pixels that differ between two screenshots of the same size by more than
 * `tolerance` in some colour channel (0–255), leaving out the pixels masked in either (magenta,
 * Playwright's mask colour as the driver sets it).
 */
export function pixelDifference(a: Buffer, b: Buffer, tolerance: number): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) throw new Error('screenshots of other sizes');
  const masked = (d: Buffer, i: number) => d[i] === 255 && d[i + 1] === 0 && d[i + 2] === 255;
  let counted = 0;
  let differ = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (masked(x.data, i) || masked(y.data, i)) continue;
    counted++;
    for (let c = 0; c < 3; c++) {
      if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > tolerance) {
        differ++;
        break;
      }
    }
  }
  return counted > 0 ? differ / counted : 1;
}
