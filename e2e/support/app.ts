/**
 * The app driver: specs read as given/when/then in the words of the product. It is the generic
 * page helper (`browser.ts`) plus the network fixtures (`given`) and one driver per area of the
 * app (`drivers/`), composed here; specs never touch `page` or `window`.
 */
import { Browser, type Page } from './browser';
import { ImportDriver } from './drivers/import';
import { MapDriver } from './drivers/map';
import { PanelsDriver } from './drivers/panels';
import { ShareDriver } from './drivers/share';
import { TimelineDriver } from './drivers/timeline';
import { Given } from './given';

export class MapApp extends Browser {
  /** Given: files that fail, a changed record, a module that throws. */
  readonly given: Given;
  /** The map: what it draws, where it looks, its messages, its GPU context. */
  readonly map: MapDriver;
  /** The slider, the time controls and the Timeline tab. */
  readonly timeline: TimelineDriver;
  /** "On this date", details, search, layers and kinds, the comparison. */
  readonly panels: PanelsDriver;
  /** Share, cite, download, the embed's link, the link notice. */
  readonly share: ShareDriver;
  /** Importing one's own events. */
  readonly importer: ImportDriver;

  constructor(page: Page) {
    super(page);
    this.given = new Given(page);
    this.map = new MapDriver(page);
    this.timeline = new TimelineDriver(page);
    this.panels = new PanelsDriver(page);
    this.share = new ShareDriver(page);
    this.importer = new ImportDriver(page, this.map);
  }

  /** Opens the app with a query string and waits until the map shows the data (the app's
   * `sahel:data-visible` mark) or, with `waitForMap: false`, only until the page has loaded. */
  async open(query = '', { waitForMap = true } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    if (waitForMap) await this.map.waitForData();
  }

  async reload({ waitForMap = true } = {}): Promise<void> {
    await this.page.reload();
    if (waitForMap) await this.map.waitForData();
  }

  /** Opens a full link (a copied share link) in a fresh page of the same browser context,
   * optionally with the page's clock set to another moment (`now`, ms since 1970). */
  async openInNewPage(link: string, { now }: { now?: number } = {}): Promise<MapApp> {
    const other = new MapApp(await this.newPage(now === undefined ? {} : { now }));
    await other.page.goto(link);
    await other.map.waitForData();
    return other;
  }

  get header() {
    return this.page.getByRole('banner');
  }

  /** The header's language switch ("Lire en français" in English, and back). */
  async switchLanguage(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Lire en français|Read in English)$/ }).click();
  }
}
