/**
 * The citing part of the app driver: the changes notice of an older link, a record's correction
 * link and archived copies, the About dialog, the text drawn into the PNG's caption, and the
 * embed put into a host page of a given width. A fixture (`cite`) beside `app` and `importer`:
 * specs use these words and never the page.
 */
import type { MapApp } from './app';
import type { Page } from './browser';
import { test as importTest } from './fixtures';

interface HostedEmbed {
  /** Whether the host page or the embedded page scrolls sideways. */
  readonly hostScrollsSideways: boolean;
  readonly embedScrollsSideways: boolean;
  /** The heights the embed reported (the height protocol's messages). */
  readonly reported: readonly number[];
  /** The iframe's height as the loader set it, in CSS pixels. */
  readonly iframeHeight: number;
}

export class CiteDriver {
  constructor(
    private readonly app: MapApp,
    private readonly page: Page,
  ) {}

  get versionNotice() {
    return this.page.getByTestId('version-notice');
  }

  get correctionLink() {
    return this.app.panels.details.getByTestId('correction-link');
  }

  get archivedLinks() {
    return this.app.panels.details.getByTestId('archived-link');
  }

  /** The page's "data as of" line (the About dialog repeats it). */
  get dataAsOf() {
    return this.page.getByTestId('data-as-of').first();
  }

  get aboutDialog() {
    return this.page.getByRole('dialog', { name: /About this map|À propos de cette carte/ });
  }

  async openAbout(): Promise<void> {
    await this.page.getByRole('button', { name: /^(About|À propos)$/ }).click();
  }

  async openHistory(): Promise<void> {
    await this.app.panels.details
      .getByText(/^(History of this record|Historique de cette fiche)$/)
      .click();
  }

  /** From now on (and across reloads), records every text drawn on a 2D canvas: the PNG's
   * caption is composed on one, so the words in the image can be read back. */
  async recordCanvasText(): Promise<void> {
    await this.page.addInitScript(() => {
      const drawn: string[] = [];
      (window as unknown as { __drawnText: string[] }).__drawnText = drawn;
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        drawn.push(String(text));
        return fill.call(this, text, ...rest);
      };
    });
  }

  async drawnText(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText);
  }

  /** Share → Embed on a site: both snippets. */
  async embedSnippets(): Promise<{ loader: string; plain: string }> {
    await this.page.getByRole('button', { name: /^(Share|Partager)$/ }).click();
    await this.page.getByRole('button', { name: /^(Embed on a site|Intégrer à un site)$/ }).click();
    return {
      loader: await this.page.getByTestId('embed-loader').inputValue(),
      plain: await this.page.getByTestId('embed-plain').inputValue(),
    };
  }

  /** Puts a snippet into a host page `width` CSS pixels wide (a phone's article column), waits
   * until the embed has reported its height and the loader applied it. */
  async hostEmbed(snippet: string, width: number): Promise<HostedEmbed> {
    const host = await this.page.context().newPage();
    await host.setViewportSize({ width, height: 900 });
    const recorder = `<script>window.__heights=[];addEventListener("message",function(e){if(e.data&&e.data.type==="sahel-map:height")window.__heights.push(e.data.height)});</script>`;
    await host.setContent(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0">${recorder}<p>An article.</p>${snippet}<p>More of the article.</p></body></html>`,
    );
    await host.waitForFunction(
      () => (window as unknown as { __heights: number[] }).__heights.length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    const frame = host.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('the embed did not load');
    await frame.waitForSelector('.app--embed .app-footer');
    await host.waitForFunction(() => {
      const heights = (window as unknown as { __heights: number[] }).__heights;
      const f = document.querySelector('iframe');
      return f && f.style.height === `${Math.ceil(heights[heights.length - 1] ?? 0)}px`;
    });
    const result = {
      hostScrollsSideways: await host.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
      embedScrollsSideways: await frame.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
      reported: await host.evaluate(() => (window as unknown as { __heights: number[] }).__heights),
      iframeHeight: await host.evaluate(
        () => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0,
      ),
    };
    await host.close();
    return result;
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}

/** `test` with `app`, `importer` and `cite`. */
export const test = importTest.extend<{ cite: CiteDriver }>({
  cite: async ({ app, page }, use) => use(new CiteDriver(app, page)),
});
