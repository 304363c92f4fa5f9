/**
 * The app driver: domain actions and reads in the words of the product (open a view, set the
 * date, read the "On this date" list, open a site), so that specs read as given/when/then.
 * Specs never touch `page` or `window`: everything that needs them is here. The map is read
 * through the app's typed handle (`src/map/handle/contract.ts`).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../../src/data/schema';
import { DATA_VISIBLE_MARK, HANDLE_NAME, type SahelHandle } from '../../src/map/handle/contract';
import { expect, type Page } from './browser';

type Handle = Omit<SahelHandle, 'map' | 'loadData' | 'setDay'>;

/** A box on the page, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A served data or basemap file that fails until `recover()` is called. */
export interface Failing {
  recover(): void;
}

export class MapApp {
  constructor(private readonly page: Page) {}

  /** Opens the app with a query string and waits until the map shows the data (the app's
   * `sahel:data-visible` mark) or, with `waitForMap: false`, only until the page has loaded. */
  async open(query = '', { waitForMap = true } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    if (waitForMap) await this.waitForData();
  }

  /** Opens a full link (a copied share link) in a fresh page of the same browser context,
   * optionally with the page's clock set to another moment (`now`, ms since 1970). */
  async openInNewPage(link: string, { now }: { now?: number } = {}): Promise<MapApp> {
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
    const other = new MapApp(page);
    await page.goto(link);
    await other.waitForData();
    return other;
  }

  async reload({ waitForMap = true } = {}): Promise<void> {
    await this.page.reload();
    if (waitForMap) await this.waitForData();
  }

  /** Waits for the first frame with the basemap and every data layer drawn. */
  async waitForData(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      DATA_VISIBLE_MARK,
      { timeout: 30_000 },
    );
    await this.waitForMapIdle();
  }

  /** Waits until the map has no pending tile or frame (after a step or a move). */
  async waitForMapIdle(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await this.page.waitForFunction(
      (name) => (window as unknown as Record<string, Handle | undefined>)[name]?.settled() === true,
      HANDLE_NAME,
      { timeout: 30_000 },
    );
  }

  get map() {
    return this.page.getByRole('region', { name: /Map of West|Carte de l’Afrique/ });
  }

  /** Properties of the features the map draws in some layers at the slider's day. */
  async renderedProps(layers: string[]): Promise<Record<string, unknown>[]> {
    await this.waitForMapIdle();
    return this.page.evaluate(
      ({ name, ids }) => ((window as unknown as Record<string, Handle>)[name] as Handle).drawn(ids),
      { name: HANDLE_NAME, ids: layers },
    );
  }

  /** Ids of the features the map draws in some layers (what the reader sees). */
  async renderedIds(layers: string[]): Promise<string[]> {
    return (await this.renderedProps(layers)).map((p) => String(p.id ?? ''));
  }

  async renderedCount(layers: string[]): Promise<number> {
    return (await this.renderedProps(layers)).length;
  }

  /** The day the map shows. */
  async mapDate(): Promise<number> {
    return this.page.evaluate(
      (name) => ((window as unknown as Record<string, Handle>)[name] as Handle).day(),
      HANDLE_NAME,
    );
  }

  async camera(): Promise<{ zoom: number; lat: number; lon: number }> {
    return this.page.evaluate(
      (name) => ((window as unknown as Record<string, Handle>)[name] as Handle).camera(),
      HANDLE_NAME,
    );
  }

  async mapLayout(layer: string, property: string): Promise<string> {
    return this.page.evaluate(
      ({ name, layer, property }) =>
        JSON.stringify(
          ((window as unknown as Record<string, Handle>)[name] as Handle).layout(layer, property),
        ),
      { name: HANDLE_NAME, layer, property },
    );
  }

  /** Clicks the map where a place is ([lon, lat]). */
  async clickOnMap(lonLat: [number, number]): Promise<void> {
    const point = await this.page.evaluate(
      ({ name, lonLat }) =>
        ((window as unknown as Record<string, Handle>)[name] as Handle).project(lonLat),
      { name: HANDLE_NAME, lonLat },
    );
    const box = await this.map.boundingBox();
    await this.page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
  }

  /** Moves the pointer over a place of the map ([lon, lat]), as a reader hovering a site. */
  async hoverOnMap(lonLat: [number, number]): Promise<void> {
    const point = await this.page.evaluate(
      ({ name, lonLat }) =>
        ((window as unknown as Record<string, Handle>)[name] as Handle).project(lonLat),
      { name: HANDLE_NAME, lonLat },
    );
    const box = await this.map.boundingBox();
    await this.page.mouse.move((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
  }

  /** A wheel zoom over the map, as a reader would. */
  async wheelOnMap(): Promise<void> {
    await this.page.mouse.move(400, 400);
    await this.page.mouse.wheel(0, -300);
  }

  get slider() {
    return this.page.getByRole('slider');
  }

  async sliderText(): Promise<string> {
    return (await this.slider.getAttribute('aria-valuetext')) ?? '';
  }

  async pressOnSlider(key: string, times = 1): Promise<void> {
    await this.slider.focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  onThisDate(name: RegExp | string = /On this date|À cette date/) {
    return this.page.getByRole('region', { name });
  }

  /** The "On this date" item of a site, whose text holds its name and status. */
  listItem(name: RegExp | string) {
    return this.onThisDate().getByRole('listitem').filter({ hasText: name });
  }

  async openFromList(name: RegExp | string): Promise<void> {
    await this.listItem(name).first().getByRole('button').click();
  }

  get details() {
    return this.page.getByRole('article');
  }

  get detailsTitle() {
    return this.details.getByRole('heading', { level: 2 });
  }

  /** The side panel (a bottom sheet on phones). */
  get sidePanel() {
    return this.page.getByTestId('side-panel');
  }

  /** Queries by what the reader sees. */
  getByRole(...args: Parameters<Page['getByRole']>) {
    return this.page.getByRole(...args);
  }
  getByText(...args: Parameters<Page['getByText']>) {
    return this.page.getByText(...args);
  }
  getByTestId(id: string) {
    return this.page.getByTestId(id);
  }
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

  /** Share → Copy link, and waits for the confirmation. */
  async copyLink(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Share|Partager)$/ }).click();
    await this.page.getByRole('button', { name: /^(Copy link|Copier le lien)$/ }).click();
    await expect(this.page.getByText(/^(Link copied|Lien copié)/)).toBeVisible();
  }

  /** Share → Cite this view; returns the citation shown. */
  async cite(): Promise<string> {
    await this.page.getByRole('button', { name: /^(Share|Partager)$/ }).click();
    await this.page.getByRole('button', { name: /^(Cite this view|Citer cette vue)$/ }).click();
    return this.page
      .getByRole('textbox', { name: /^(Cite this view|Citer cette vue)$/ })
      .inputValue();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async allowClipboard(): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
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

  /** The label font: faces MapLibre registered and loaded, and the woff2 files fetched. */
  async labelFonts(): Promise<{ loaded: number; files: string[] }> {
    return this.page.evaluate(async () => {
      await document.fonts.ready;
      return {
        loaded: [...document.fonts].filter(
          (f) => f.family.startsWith('maplibre-gl-font-face') && f.status === 'loaded',
        ).length,
        files: performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((path) => /\/noto-sans-latin-\d+-normal-[\w-]+\.woff2$/.test(path)),
      };
    });
  }

  /** A value set in the page, to prove later that it was not reloaded. */
  async markPage(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 42;
    });
  }
  async pageWasKept(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { __marker?: number }).__marker === 42);
  }

  /** Whether a script from the data ran (the safety tests' payloads set `window.__xss`). */
  async injectedScriptRan(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { __xss?: number }).__xss !== undefined);
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

  /** Given: the files matching a pattern answer 503 until `recover()`. */
  async fileFails(pattern: string): Promise<Failing> {
    let failing = true;
    await this.page.route(pattern, (route) =>
      failing ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    return {
      recover: () => {
        failing = false;
      },
    };
  }

  /** Given (dev server): a source module that throws as it loads, as an initialisation-order
   * slip would. */
  async moduleThrows(path: string): Promise<void> {
    await this.page.route(`**${path}*`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "throw new Error('a module failed on purpose');",
      }),
    );
  }

  /** Given: a data layer's file fails until `recover()`. */
  async layerFails(layer: LayerId): Promise<Failing> {
    return this.fileFails(`**/${layer}-*.geojson`);
  }

  /** Given: a data file is served with one record changed. */
  async recordChanged(
    layer: LayerId,
    id: string,
    change: (props: Record<string, unknown>) => void,
  ): Promise<void> {
    await this.page.route(`**/${layer}-*.geojson`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as FeatureCollection;
      const feature = json.features.find((f) => f.properties?.id === id);
      if (feature?.properties) change(feature.properties);
      await route.fulfill({ response, json });
    });
  }
  // ── Issue 15: the story at a glance (opening view, slider scale, compare, export, embed) ──

  /** The box of the map on the page. */
  async mapBox(): Promise<Box> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error('the map has no box');
    return box;
  }

  /** Where the sites the opening view framed are on the page (their projected position plus
   * the map's offset), read through the test handle. */
  async framedSites(): Promise<{ id: string; x: number; y: number }[]> {
    await this.waitForMapIdle();
    const map = await this.mapBox();
    const sites = await this.page.evaluate((name) => {
      const h = (window as unknown as Record<string, SahelHandle>)[name] as SahelHandle;
      return h.storySites().map((s) => ({ id: s.id, ...h.project(s.lonLat) }));
    }, HANDLE_NAME);
    return sites.map((s) => ({ id: s.id, x: map.x + s.x, y: map.y + s.y }));
  }

  /** The boxes of everything that floats over the map and is shown: the Layers panel and the
   * notices, the zoom buttons, the attribution, the scale, the embed's link. */
  async overlayBoxes(): Promise<(Box & { name: string })[]> {
    const overlays = this.page.locator(
      '.map-overlay > *, .map-controls, .map-attribution, .maplibregl-ctrl-scale, .map-embed-link, .notice',
    );
    const boxes: (Box & { name: string })[] = [];
    for (const overlay of await overlays.all()) {
      if (!(await overlay.isVisible())) continue;
      const box = await overlay.boundingBox();
      const name = (await overlay.getAttribute('class')) ?? '';
      if (box && box.width > 0 && box.height > 0) boxes.push({ ...box, name });
    }
    return boxes;
  }

  /** The year labels under the slider. */
  get sliderYears() {
    return this.page.getByTestId('slider-years');
  }

  /** The caption of the change the slider stepped to (a polite live region). */
  get changeCaption() {
    return this.page.getByTestId('change-caption');
  }

  async nextChange(): Promise<void> {
    await this.page.getByRole('button', { name: /Next change|Changement suivant/ }).click();
  }

  /** The "What changed" panel of a comparison. */
  get comparePanel() {
    return this.page.getByRole('region', { name: /What changed|Ce qui a changé/ });
  }

  /** Chooses an item of the Download menu and returns the file it downloads. */
  async download(item: RegExp): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: /^(Download|Télécharger)$/ }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.page.getByRole('button', { name: item }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  get header() {
    return this.page.getByRole('banner');
  }

  get search() {
    return this.page.getByRole('combobox', { name: /Search|Rechercher/ });
  }

  // ── Issue 17: failures (GPU context loss, basemap and label files, the worker's referrer) ──

  /** Every data feature the map draws at the slider's day (`layer:id`, sorted). */
  async drawnData(): Promise<string[]> {
    await this.waitForMapIdle();
    return this.page.evaluate(
      (name) => ((window as unknown as Record<string, Handle>)[name] as Handle).drawnData(),
      HANDLE_NAME,
    );
  }

  /** When: the device drops the map's GPU context (the canvas's `WEBGL_lose_context`). */
  async loseMapContext(): Promise<void> {
    await this.page.evaluate(() => {
      const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
      ext.loseContext();
    });
  }

  /** When: the device gives the context back. */
  async restoreMapContext(): Promise<void> {
    await this.page.evaluate(() =>
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
    );
  }

  /** A message of the map (a status or an alert) by its text. */
  mapMessage(text: string | RegExp) {
    return this.page.locator('.map-messages').getByText(text);
  }

  /** Given: the basemap's topology answers 503 until `recover()`. */
  async basemapFails(): Promise<Failing> {
    return this.fileFails('**/basemap-*.topojson');
  }

  /** Given: a label file (`places`, `country-labels`) answers 503 until `recover()`, also to
   * the map's worker, which loads it (routed on the context: `page.route` may miss workers). */
  async labelFileFails(file: 'places' | 'country-labels'): Promise<Failing> {
    let failing = true;
    await this.page
      .context()
      .route(`**/${file}-*.geojson`, (route) =>
        failing ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
      );
    return {
      recover: () => {
        failing = false;
      },
    };
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
