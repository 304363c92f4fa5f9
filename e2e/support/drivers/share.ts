/**
 * What leaves the app: Share (copy the link, cite the view), Download (image, GeoJSON, CSV), the
 * embed's link to the full map, and the notice a link with invalid parts opens with.
 */
import { downloadOf, expect, type Page } from '../browser';

export class ShareDriver {
  constructor(private readonly page: Page) {}

  private async openShare(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Share|Partager)$/ }).click();
  }

  /** Share → Copy link, and waits for the confirmation. */
  async copyLink(): Promise<void> {
    await this.openShare();
    await this.page.getByRole('button', { name: /^(Copy link|Copier le lien)$/ }).click();
    await expect(this.page.getByText(/^(Link copied|Lien copié)/)).toBeVisible();
  }

  /** Share → Cite this view; returns the citation shown. */
  async cite(): Promise<string> {
    await this.openShare();
    await this.page.getByRole('button', { name: /^(Cite this view|Citer cette vue)$/ }).click();
    return this.page
      .getByRole('textbox', { name: /^(Cite this view|Citer cette vue)$/ })
      .inputValue();
  }

  /** Share → an item that opens a box (Cite this view, Embed), and the box it opens. */
  async openBox(item: RegExp, box: RegExp) {
    await this.openShare();
    await this.page.getByRole('button', { name: item }).click();
    return this.page.getByRole('dialog', { name: box });
  }

  /** Chooses an item of the Download menu and returns the file it downloads. */
  async download(item: RegExp): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: /^(Download|Télécharger)$/ }).click();
    return downloadOf(this.page, () => this.page.getByRole('button', { name: item }).click());
  }

  /** The embed's link to the full map. */
  get fullMapLink() {
    return this.page.getByRole('link', { name: /Open the full map|Ouvrir la carte complète/ });
  }

  /** The notice that names a link's invalid parts. */
  get linkNotice() {
    return this.page.getByTestId('link-notice');
  }
}
