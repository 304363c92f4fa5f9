/**
 * The importer: import a file through the "Import events…" input, map its columns, read the
 * result and the imported layer's count, open an imported event by clicking the map where it is
 * drawn, remove the layer. The imported layers are read through their typed handle.
 */
import { STORED_FLAG } from '../../../src/import/session/kept';
import { expect, type Page } from '../browser';
import { evaluate, IMPORTED_HANDLE_NAME } from '../handle';
import type { MapDriver } from './map';

export class ImportDriver {
  constructor(
    private readonly page: Page,
    private readonly map: MapDriver,
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
    const settled = (flag: string) =>
      Number(localStorage.getItem(flag) ?? 0) ===
      document.querySelectorAll('[data-testid=imported-layer]').length;
    await this.page.waitForFunction(settled, STORED_FLAG);
    await this.page
      .getByRole('button', { name: new RegExp(`^(Remove|Retirer) [«“] ?${escaped}`) })
      .click();
    await expect(this.layerItem(name)).toHaveCount(0);
    await this.page.waitForFunction(settled, STORED_FLAG);
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
    await this.map.waitForIdle();
    const lonLat = await evaluate(
      this.page,
      IMPORTED_HANDLE_NAME,
      (imported, i) => {
        const layer = imported?.layers()[0];
        return layer ? (imported?.point(layer.id, i) ?? null) : null;
      },
      index,
    );
    expect(lonLat, 'the imported layer is on the map').toBeTruthy();
    if (lonLat) await this.map.click(lonLat);
  }

  get eventDetails() {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.locator('#imported-details-title') });
  }

  /** What the map layer draws at the slider's day: events shown, and instances submitted (the
   * prefix of start-sorted events that can be in the window; the shader hides the others). */
  async onMap(): Promise<{ shown: number; submitted: number; builds: number }> {
    return evaluate(this.page, IMPORTED_HANDLE_NAME, (imported) => {
      const l = imported?.layers()[0];
      return { shown: l?.shown ?? 0, submitted: l?.submitted ?? 0, builds: l?.builds ?? 0 };
    });
  }

  /** A GPU reset under the imported layer: the map's context lost and given back. */
  async loseAndRestoreContext(): Promise<void> {
    await this.map.loseAndRestoreContext();
  }
}
