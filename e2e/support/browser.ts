/**
 * The generic layer of the e2e tests, and the only file that imports @playwright/test's `test`:
 * every test gets a page whose console errors and off-origin requests are recorded at the
 * browser-context level (so the map's worker requests count too) and checked after the test.
 * `Browser` holds the page-level helpers that know nothing of the app (keys, history, the
 * address, clipboard, network, service worker, accessibility, downloads); the app driver
 * (`app.ts`) builds on it.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
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

export { expect, type Locator, type Page };

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

/** A box on the page, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box of an element on the page; throws when it has none (not rendered). */
export async function boxOf(element: Locator, what: string): Promise<Box> {
  const box = await element.boundingBox();
  if (!box) throw new Error(`${what} has no box`);
  return box;
}

/** Page-level helpers, generic: nothing here knows the app. */
export class Browser {
  constructor(protected readonly page: Page) {}

  /** A query by role, for what no area driver names. */
  getByRole(...args: Parameters<Page['getByRole']>) {
    return this.page.getByRole(...args);
  }
  /** An alert (a failure the page announces) by its text. */
  alert(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
  get document() {
    return this.page.locator('html');
  }
  async title(): Promise<string> {
    return this.page.title();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
  async back(): Promise<void> {
    await this.page.goBack();
  }
  async forward(): Promise<void> {
    await this.page.goForward();
  }

  /** The parameters of the address bar. */
  async urlParams(): Promise<URLSearchParams> {
    return new URL(this.page.url()).searchParams;
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async allowClipboard(): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  }

  /** A fresh page in the same browser context, optionally with its clock set to another moment
   * (`now`, ms since 1970). */
  protected async newPage({ now }: { now?: number } = {}): Promise<Page> {
    const page = await this.page.context().newPage();
    // The calendar moved, the clock still running: Playwright's fake clocks stop
    // `performance.now` too, and MapLibre never goes idle without it.
    if (now !== undefined) {
      await page.addInitScript((offset) => {
        const RealDate = Date;
        class ShiftedDate extends RealDate {
          constructor(...args: unknown[]) {
            if (args.length === 0) super(RealDate.now() + offset);
            else super(...(args as [string]));
          }
          static override now() {
            return RealDate.now() + offset;
          }
        }
        globalThis.Date = ShiftedDate as DateConstructor;
      }, now - Date.now());
    }
    return page;
  }

  /** Loads a page of another origin in this browser context (answered by the test itself, no
   * network), so that a test can prove the request watch sees such requests. */
  async visitOtherOrigin(url: string): Promise<void> {
    const context = this.page.context();
    await context.route(url, (route) => route.fulfill({ body: 'elsewhere' }));
    const other = await context.newPage();
    await other.goto(url);
    await other.close();
  }

  /** The page's scroll width (a value too long to wrap would widen it). */
  async pageWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** How many resources the page loaded from its own origin. */
  async sameOriginRequests(): Promise<number> {
    return this.page.evaluate(() => performance.getEntriesByType('resource').length);
  }

  /** A value set in the page, to prove later that it was not reloaded. */
  async markPage(): Promise<void> {
    await this.page.evaluate(() => Reflect.set(window, '__marker', 42));
  }
  async pageWasKept(): Promise<boolean> {
    return this.page.evaluate(() => Reflect.get(window, '__marker') === 42);
  }

  /** Whether a script from the data ran (the safety tests' payloads set `window.__xss`). */
  async injectedScriptRan(): Promise<boolean> {
    return this.page.evaluate(() => Reflect.get(window, '__xss') !== undefined);
  }

  /** Counts the dialogs the page opens (an injected `alert()` would open one). */
  countDialogs(): { readonly count: number } {
    const counter = { count: 0 };
    this.page.on('dialog', () => {
      counter.count++;
    });
    return counter;
  }

  /** Waits until the service worker is active (everything precached). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      { timeout: 30_000 },
    );
  }

  async setOffline(offline: boolean): Promise<void> {
    await this.page.context().setOffline(offline);
  }

  /** Serious and critical accessibility violations of the page (the map canvas aside). */
  async accessibilityViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page })
      .exclude('.maplibregl-canvas')
      .analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** Records the `Referer` header of every request for files matching a pattern made by the
   * page or the map's worker (not by the service worker's precache, whose referrer is sw.js). */
  watchReferrers(pattern: RegExp): { url: string; referer: string | undefined }[] {
    const seen: { url: string; referer: string | undefined }[] = [];
    this.page.context().on('request', async (request) => {
      if (!pattern.test(request.url()) || request.serviceWorker()) return;
      const headers = await request.allHeaders();
      seen.push({ url: request.url(), referer: headers.referer });
    });
    return seen;
  }
}

/** Waits for the file a click downloads (the click is `start`) and returns it. */
export async function downloadOf(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    start(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
