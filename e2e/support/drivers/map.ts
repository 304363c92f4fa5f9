/**
 * The map, in the reader's words: what it draws at the slider's day (sites by actor and look,
 * events, names), where it looks, a click on a place, the sites the opening view framed and the
 * overlays over it, its messages, and a lost GPU context. Read through the app's typed handle
 * (`../handle.ts`); style layer ids come from `map-words.ts`.
 */

import type { JSHandle } from '@playwright/test';
import type { LayerId } from '../../../src/data/schema';
import { DATA_VISIBLE_MARK } from '../../../src/map/handle/contract';
import { OVERLAYS } from '../../../src/map/story/overlays';
import { type Box, boxOf, expect, type Page } from '../browser';
import { evaluate, HANDLE_NAME, waitUntil } from '../handle';
import {
  HANDOVER_MARK_LAYERS,
  type Names,
  nameLayer,
  recordLayers,
  SITE_LOOKS,
  type SiteActor,
  type SiteLook,
  siteLayer,
} from './map-words';

export class MapDriver {
  /** The device's context-loss extension, kept from a loss to its restore. */
  private lost: JSHandle<WEBGL_lose_context> | null = null;

  constructor(private readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: /Map of West|Carte de l’Afrique/ });
  }

  get zoomIn() {
    return this.page.getByRole('button', { name: /^(Zoom in|Zoomer)$/ });
  }

  /** Waits for the first frame with the basemap and every data layer drawn. */
  async waitForData(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      DATA_VISIBLE_MARK,
      { timeout: 30_000 },
    );
    await this.waitForIdle();
  }

  /** Waits until the map has no pending tile or frame (after a step or a move). */
  async waitForIdle(): Promise<void> {
    await expect(this.region).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await waitUntil(this.page, HANDLE_NAME, (h) => h.settled());
  }

  /** Properties of the features drawn in some style layers at the slider's day. */
  private async drawn(layers: readonly string[]): Promise<Record<string, unknown>[]> {
    await this.waitForIdle();
    return evaluate(this.page, HANDLE_NAME, (h, ids) => h.drawn(ids), layers);
  }

  private async idsDrawn(layers: readonly string[]): Promise<string[]> {
    return (await this.drawn(layers)).map((p) => String(p.id ?? ''));
  }

  /** The ids of an actor's sites drawn in some looks (every look when none is named). */
  async sitesDrawn(actor: SiteActor, ...looks: SiteLook[]): Promise<string[]> {
    const shown = looks.length > 0 ? looks : SITE_LOOKS;
    return this.idsDrawn(shown.map((look) => siteLayer(actor, look)));
  }

  /** The hand-overs the replay marks on the map, with their label ("France → Russia"). */
  async handoverMarks(): Promise<{ id: string; label: string }[]> {
    const props = await this.drawn(HANDOVER_MARK_LAYERS.slice(0, 1));
    const labels = await this.drawn(HANDOVER_MARK_LAYERS.slice(1));
    return props.map((p) => ({
      id: String(p.id ?? ''),
      label: String(labels.find((l) => l.id === p.id)?.label ?? ''),
    }));
  }

  /** The ids of the events drawn. */
  async eventsDrawn(): Promise<string[]> {
    return this.idsDrawn(recordLayers('events'));
  }

  /** The ids of a data layer's records drawn in any way (marker, halo, name, line), once each. */
  async recordsDrawn(layer: LayerId): Promise<string[]> {
    return [...new Set(await this.idsDrawn(recordLayers(layer)))];
  }

  /** Every data feature drawn at the slider's day, with how it is drawn, sorted: compared before
   * and after a lost GPU context. */
  async drawnData(): Promise<string[]> {
    await this.waitForIdle();
    return evaluate(this.page, HANDLE_NAME, (h) => h.drawnData());
  }

  /** Names drawn on the map in a language (`name_<lang>`, else `name`). */
  async namesDrawn(names: readonly Names[], lang: 'en' | 'fr'): Promise<string[]> {
    const props = await this.drawn(names.map(nameLayer));
    return props.map((p) => String(p[`name_${lang}`] ?? p.name ?? ''));
  }

  /** The field some names are drawn from (an expression, as JSON): `name_fr`, `label_en`… */
  async nameField(names: Names): Promise<string> {
    return evaluate(
      this.page,
      HANDLE_NAME,
      (h, layer) => JSON.stringify(h.layout(layer, 'text-field')),
      nameLayer(names),
    );
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

  /** The day the map shows. */
  async day(): Promise<number> {
    return evaluate(this.page, HANDLE_NAME, (h) => h.day());
  }

  async camera(): Promise<{ zoom: number; lat: number; lon: number }> {
    return evaluate(this.page, HANDLE_NAME, (h) => h.camera());
  }

  /** The box of the map on the page. */
  async box(): Promise<Box> {
    return boxOf(this.region, 'the map');
  }

  async screenshot(): Promise<Buffer> {
    return this.region.screenshot();
  }

  /** Clicks the map where a place is ([lon, lat]). */
  async click(lonLat: [number, number]): Promise<void> {
    const point = await evaluate(this.page, HANDLE_NAME, (h, at) => h.project(at), lonLat);
    const box = await this.region.boundingBox();
    await this.page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
  }

  /** Moves the pointer over a place of the map ([lon, lat]), as a reader hovering a site. */
  async hover(lonLat: [number, number]): Promise<void> {
    const point = await evaluate(this.page, HANDLE_NAME, (h, at) => h.project(at), lonLat);
    const box = await this.region.boundingBox();
    await this.page.mouse.move((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
  }

  /** The name shown under the pointer or the focus. */
  get tooltip() {
    return this.page.getByRole('tooltip');
  }

  /** A wheel zoom over the map, as a reader would. */
  async wheel(): Promise<void> {
    await this.page.mouse.move(400, 400);
    await this.page.mouse.wheel(0, -300);
  }

  /** Where the sites the opening view framed are on the page (their projected position plus
   * the map's offset). */
  async framedSites(): Promise<{ id: string; x: number; y: number }[]> {
    await this.waitForIdle();
    const map = await this.box();
    const sites = await evaluate(this.page, HANDLE_NAME, (h) =>
      h.storySites().map((s) => ({ id: s.id, ...h.project(s.lonLat) })),
    );
    return sites.map((s) => ({ id: s.id, x: map.x + s.x, y: map.y + s.y }));
  }

  /** The boxes of everything that floats over the map and is shown (the Layers panel and the
   * notices, the zoom buttons, the attribution, the scale, the embed's link). */
  async overlayBoxes(): Promise<(Box & { name: string })[]> {
    const boxes: (Box & { name: string })[] = [];
    for (const overlay of await this.page.locator(OVERLAYS).all()) {
      if (!(await overlay.isVisible())) continue;
      const box = await overlay.boundingBox();
      const name =
        (await overlay.getAttribute('data-overlay')) || (await overlay.getAttribute('class')) || '';
      if (box && box.width > 0 && box.height > 0) boxes.push({ ...box, name });
    }
    return boxes;
  }

  /** A message of the map (a status or an alert) by its text. */
  message(text: string | RegExp) {
    return this.page.locator('.map-messages').getByText(text);
  }

  /** A notice of the map (a status, with its buttons) by its text. */
  notice(text: string | RegExp) {
    return this.page.locator('.map-messages').getByRole('status').filter({ hasText: text });
  }

  /** When: the device drops the map's GPU context (the canvas's `WEBGL_lose_context`). Waits
   * until the map has taken the loss in. */
  async loseContext(): Promise<void> {
    this.lost = await this.page.evaluateHandle(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      const ext = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      ext.loseContext();
      return ext;
    });
    await expect(this.region).toHaveAttribute('data-status', 'context-lost');
  }

  /** When: the device gives the context back. */
  async restoreContext(): Promise<void> {
    if (!this.lost) throw new Error('the context was not lost');
    await this.lost.evaluate((ext) => ext.restoreContext());
    await this.lost.dispose();
    this.lost = null;
  }

  /** When: a GPU reset, the context lost and given back. */
  async loseAndRestoreContext(): Promise<void> {
    await this.loseContext();
    await this.restoreContext();
  }
}
