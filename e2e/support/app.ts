/**
 * The app driver: domain actions and reads in the words of the product (open a view, set the
 * date, read the "On this date" list, open a site), so that specs read as given/when/then.
 */
import { expect, type Page } from './browser';

/** The parts of the MapLibre map the tests read (exposed by the app as `window.__sahelMap`). */
export interface MapHandle {
  loaded(): boolean;
  areTilesLoaded(): boolean;
  getGlobalState(): Record<string, unknown>;
}

export class MapApp {
  constructor(readonly page: Page) {}

  /** Opens the app with a query string and waits until the map has drawn and the data is in. */
  async open(query = '', { waitForMap = true } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    if (waitForMap) await this.waitForMapIdle();
  }

  get map() {
    return this.page.getByRole('region', { name: /Map of West|Carte de l’Afrique/ });
  }

  async waitForMapIdle(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await this.page.waitForFunction(
      () => {
        const map = (window as unknown as { __sahelMap?: MapHandle }).__sahelMap;
        return !!map && map.loaded() && map.areTilesLoaded();
      },
      undefined,
      { timeout: 30_000 },
    );
  }

  /** Properties of the features the map draws in some layers at the slider's day. */
  async renderedProps(layers: string[]): Promise<Record<string, unknown>[]> {
    await this.waitForMapIdle();
    return this.page.evaluate(
      (ids) =>
        (
          window as unknown as { __sahelDrawn: (l: string[]) => Record<string, unknown>[] }
        ).__sahelDrawn(ids),
      layers,
    );
  }

  /** Ids of the features the map draws in some layers (what the reader sees). */
  async renderedIds(layers: string[]): Promise<string[]> {
    return (await this.renderedProps(layers)).map((p) => String(p.id ?? ''));
  }

  async renderedCount(layers: string[]): Promise<number> {
    return (await this.renderedProps(layers)).length;
  }

  /** The day the map shows (kept in its global state). */
  async mapDate(): Promise<number> {
    return this.page.evaluate(() =>
      Number((window as unknown as { __sahelMap: MapHandle }).__sahelMap.getGlobalState().date),
    );
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
    await this.listItem(name).getByRole('button').click();
  }

  get details() {
    return this.page.getByRole('article');
  }

  async search(): Promise<URLSearchParams> {
    return new URL(this.page.url()).searchParams;
  }
}
