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

  /**
   * Makes a table in the page with `columns` columns named `field_<n>`, some renamed (`named`:
   * column → name), and two rows of values (`values`: name → the two rows' values; others are
   * 0); `chooseMadeTable` then imports it. Made and chosen in the page, so that no work of the
   * test tool itself runs on the page's main thread while its long tasks are measured.
   */
  async makeWideTable(
    name: string,
    columns: number,
    named: Record<number, string>,
    values: Record<string, [string, string]>,
  ): Promise<void> {
    await this.page.evaluate(
      (a) => {
        const names = Array.from({ length: a.columns }, (_, i) => a.named[i] ?? `field_${i}`);
        const row = (r: 0 | 1) => names.map((n) => a.values[n]?.[r] ?? '0').join(',');
        const text = [names.join(','), row(0), row(1)].join('\n');
        (window as unknown as { __made: File }).__made = new File([text], a.name, {
          type: 'text/csv',
        });
      },
      { name, columns, named, values },
    );
  }

  async chooseMadeTable(): Promise<void> {
    await this.input.evaluate((input) => {
      const files = new DataTransfer();
      files.items.add((window as unknown as { __made: File }).__made);
      (input as HTMLInputElement).files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  /** Types in the mapping step's search from inside the page (see `importWideTable`), and
   * waits for the next frame. */
  async typeInColumnSearch(text: string): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('dialog.mapping[open]'));
    await this.page.evaluate(async (value) => {
      const input = document.querySelector<HTMLInputElement>('dialog.mapping input[type=search]');
      if (!input) throw new Error('no search in the mapping step');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, text);
  }

  /** The notice that the text's encoding was guessed. */
  get encodingNotice() {
    return this.page.getByTestId('import-encoding');
  }

  /** Makes this device's storage refuse to keep files (a full disk: IndexedDB's writes fail
   * with a quota error), or accept them again. */
  async storageFull(full: boolean): Promise<void> {
    await this.page.evaluate((on) => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & {
        realPut?: IDBObjectStore['put'];
      };
      proto.realPut ??= proto.put;
      proto.put = on
        ? () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : proto.realPut;
    }, full);
  }

  /** A layer's notice that its file is shown now but not kept after a reload. */
  notKept(name: string | RegExp) {
    return this.layerItem(name).getByTestId('not-kept');
  }

  async tryKeepingAgain(name: string | RegExp): Promise<void> {
    await this.notKept(name)
      .getByRole('button', { name: /^(Try again|Réessayer)$/ })
      .click();
    await this.waitUntilKept();
  }

  /** Waits until the device holds as many files as the panel shows layers (writes settled). */
  async waitUntilKept(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        Number(localStorage.getItem('sahel.import.stored') ?? 0) ===
        document.querySelectorAll('[data-testid=imported-layer]').length,
    );
  }

  async openKeptFiles(name: string | RegExp): Promise<void> {
    await this.notKept(name)
      .getByRole('button', { name: /^(Free space…|Libérer de la place…)$/ })
      .click();
  }

  /** The list of files kept on this device, with their sizes and a Remove each. */
  get keptFiles() {
    return this.page.getByTestId('kept-files');
  }

  async removeKeptFile(name: string): Promise<void> {
    await this.keptFiles
      .getByRole('button', { name: new RegExp(`^(Remove|Retirer) [«“]\\s?${name}`) })
      .click();
  }

  /** The notice of a tab whose version is gone from the server. */
  get staleNotice() {
    return this.page.getByTestId('stale-notice');
  }

  /** Its button: the page reloads into the new version. */
  async reloadIntoNewVersion(): Promise<void> {
    await Promise.all([
      this.page.waitForEvent('load'),
      this.staleNotice.getByRole('button').click(),
    ]);
    await this.map.waitForData();
  }

  /** Long tasks (over 50 ms) of the page from now on, read with `longTasks()`. */
  async watchLongTasks(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
  }

  async longTasks(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
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
      .getByRole('button', { name: new RegExp(`^(Remove|Retirer) [«“]\\s?${escaped}`) })
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

  /** Columns that share a name, as the mapping step names them. */
  get duplicateColumns() {
    return this.mappingDialog.getByTestId('mapping-duplicates');
  }

  /** The mapping step's search (a header too wide to list whole). */
  async searchColumns(text: string): Promise<void> {
    await this.mappingDialog.getByRole('searchbox').fill(text);
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
