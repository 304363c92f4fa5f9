/**
 * The importer's part of the app driver: import a file through the "Import events…" input, read
 * the result and the imported layer's count, open an imported event by clicking the map where
 * it is drawn, remove the layer. A fixture (`importer`) beside `app`: specs use these words and
 * never the page.
 */
import type { MapApp } from './app';
import { expect, type Page } from './browser';
import { test as appTest } from './fixtures';

interface ImportedHandle {
  layers(): { id: string; n: number; submitted: number; shown: number; builds: number }[];
  point(id: string, index: number): [number, number] | null;
}

export class ImportDriver {
  constructor(
    private readonly app: MapApp,
    private readonly page: Page,
  ) {}

  get input() {
    return this.page.getByLabel(/^(Import events…|Importer des événements…)$/);
  }

  async importFile(path: string): Promise<void> {
    await this.input.setInputFiles(path);
  }

  /** The result line ("9 events imported, 3 rows skipped") or the refusal. */
  get result() {
    return this.page.getByTestId('import-result');
  }

  get problem() {
    return this.page.locator('.import-status--error');
  }

  get skipReasons() {
    return this.result.getByRole('listitem');
  }

  async showSkipReasons(): Promise<void> {
    await this.result.getByText(/First rows skipped|Premières lignes ignorées/).click();
  }

  layerItem(name: string | RegExp) {
    return this.page.getByTestId('imported-layer').filter({ hasText: name });
  }

  count(name: string | RegExp) {
    return this.layerItem(name).getByTestId('count-imported');
  }

  get attribution() {
    return this.page.getByTestId('imported-attribution');
  }

  get density() {
    return this.page.getByTestId('imported-density');
  }

  async remove(name: string): Promise<void> {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The device's copy (IndexedDB) is written after the layer shows and deleted after it goes:
    // wait for both, as a reader who reloads a moment later would find them.
    const settled = () =>
      Number(localStorage.getItem('sahel.import.stored') ?? 0) ===
      document.querySelectorAll('[data-testid=imported-layer]').length;
    await this.page.waitForFunction(settled);
    await this.page
      .getByRole('button', { name: new RegExp(`^(Remove|Retirer) [«“] ?${escaped}`) })
      .click();
    await expect(this.layerItem(name)).toHaveCount(0);
    await this.page.waitForFunction(settled);
  }

  async chooseWindow(label: RegExp | string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: /Show events of the|Montrer les événements/ })
      .selectOption({ label: typeof label === 'string' ? label : undefined });
  }

  /** The mapping step: which column holds each field. */
  get mappingDialog() {
    return this.page.getByRole('dialog');
  }

  async mapColumn(field: RegExp, column: string): Promise<void> {
    await this.mappingDialog.getByRole('combobox', { name: field }).selectOption(column);
  }

  async confirmMapping(): Promise<void> {
    await this.mappingDialog.getByRole('button', { name: /^(Import|Importer)$/ }).click();
  }

  /** Waits until the imported layer is on the map, then clicks where event `index` is drawn. */
  async clickEvent(index: number): Promise<void> {
    await this.app.waitForMapIdle();
    const lonLat = await this.page.evaluate((i) => {
      const imported = (window as unknown as { __sahelImported?: ImportedHandle }).__sahelImported;
      const layer = imported?.layers()[0];
      return layer ? imported?.point(layer.id, i) : null;
    }, index);
    expect(lonLat, 'the imported layer is on the map').toBeTruthy();
    if (lonLat) await this.app.clickOnMap(lonLat);
  }

  get eventDetails() {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.locator('#imported-details-title') });
  }

  /** What the map layer draws at the slider's day: events shown, and instances submitted (the
   * prefix of start-sorted events that can be in the window; the shader hides the others). */
  async onMap(): Promise<{ shown: number; submitted: number; builds: number }> {
    return this.page.evaluate(() => {
      // The handle exists once the map layer's code has loaded (with the first imported layer).
      const l = (
        window as unknown as { __sahelImported?: ImportedHandle }
      ).__sahelImported?.layers()[0];
      return { shown: l?.shown ?? 0, submitted: l?.submitted ?? 0, builds: l?.builds ?? 0 };
    });
  }

  /** Loses the map's WebGL context (as a GPU reset would) and gets it back. */
  async loseAndRestoreContext(): Promise<void> {
    await this.page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!canvas || !ext) throw new Error('WEBGL_lose_context is not available');
      const lost = new Promise((r) =>
        canvas.addEventListener('webglcontextlost', r, { once: true }),
      );
      ext.loseContext();
      await lost;
      await new Promise((r) => setTimeout(r, 200));
      ext.restoreContext();
    });
  }
}

/** `test` with the `app` driver and the `importer` beside it. */
export const test = appTest.extend<{ importer: ImportDriver }>({
  importer: async ({ app, page }, use) => use(new ImportDriver(app, page)),
});
