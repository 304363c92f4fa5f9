/**
 * The light map, in the reader's words: the 2D map drawn before MapLibre has come and kept where
 * MapLibre cannot draw. Which map is in front, when the first map was drawn and with how many
 * sites, where each site is drawn (to compare the two maps), and the gestures a reader makes on
 * it (drag, pinch). Read through the app's typed handle (`../handle.ts`).
 */
import {
  type DrawnSite,
  FIRST_MAP_MARK,
  type FirstMapDetail,
  type ShownMap,
} from '../../../src/map/handle/contract';
import { expect, type Page } from '../browser';
import { evaluate, HANDLE_NAME, waitUntil } from '../handle';
import type { MapDriver } from './map';
import { SITE_LOOKS, type SiteLook, siteLayer } from './map-words';

/** Everything that floats over the map, masked in the screenshots that compare the two maps. */
const FLOATING =
  '.map-overlay > *, .map-controls, .map-attribution, .map-messages > *, .maplibregl-ctrl-bottom-left';

export class LightMapDriver {
  constructor(
    private readonly page: Page,
    private readonly map: MapDriver,
  ) {}

  /** Waits for the first map with the day's sites and returns what its mark says. */
  async waitForFirstMap(): Promise<FirstMapDetail> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FIRST_MAP_MARK,
      { timeout: 30_000 },
    );
    return this.page.evaluate(
      (mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark).detail as FirstMapDetail,
      FIRST_MAP_MARK,
    );
  }

  /** Which map the reader sees. */
  async shown(): Promise<ShownMap> {
    return evaluate(this.page, HANDLE_NAME, (h) => h.shown());
  }

  /** Waits until the light map shows what it was given (no frame or gesture pending). */
  async waitUntilSettled(): Promise<void> {
    await this.waitForFirstMap();
    await waitUntil(this.page, HANDLE_NAME, (h) => h.shown() === 'light' && h.settled());
  }

  /** Waits until MapLibre shows the data and has taken over from the light map. */
  async waitForMapLibre(): Promise<void> {
    await this.map.waitForData();
    await expect.poll(() => this.shown(), { timeout: 15_000 }).toBe('maplibre');
  }

  /** The sites the map in front draws, and where (CSS pixels of the map). */
  async drawnSites(): Promise<DrawnSite[]> {
    return evaluate(this.page, HANDLE_NAME, (h) => h.drawnSites());
  }

  /** How the map in front draws a site (its look, once per icon drawn). */
  async looksOf(id: string): Promise<SiteLook[]> {
    const sites = (await this.drawnSites()).filter((s) => s.id === id);
    return sites.flatMap((s) => {
      const actor = s.layer.replace(/-sites(-\w+)?$/, '');
      return SITE_LOOKS.filter((look) => siteLayer(actor, look) === s.layer);
    });
  }

  /** The map as the reader sees it, with everything that floats over it masked. */
  async screenshot(path?: string): Promise<Buffer> {
    return this.map.region.screenshot({
      ...(path === undefined ? {} : { path }),
      mask: [this.page.locator(FLOATING)],
      maskColor: '#ff00ff',
      animations: 'disabled',
    });
  }

  /** A drag over the map by (dx, dy) pixels, from its centre. */
  async drag(dx: number, dy: number): Promise<void> {
    const box = await this.map.box();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Two fingers on the map, moved apart from `from` to `to` pixels (a pinch to zoom in). */
  async pinch(from: number, to: number): Promise<void> {
    const box = await this.map.box();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await this.page.context().newCDPSession(this.page);
    const fingers = (d: number) => [
      { x: x - d / 2, y, id: 1 },
      { x: x + d / 2, y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
    for (let i = 1; i <= 5; i++) {
      const d = from + ((to - from) * i) / 5;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}
