/**
 * The side panel and what opens from it: the "On this date" list, a record's details, search,
 * the Layers panel (layers, kinds, counts, legend) and the "What changed" panel of a comparison.
 */
import type { LayerId } from '../../../src/data/schema';
import type { Page } from '../browser';

export class PanelsDriver {
  constructor(private readonly page: Page) {}

  /** The side panel (a bottom sheet on phones). */
  get sidePanel() {
    return this.page.getByTestId('side-panel');
  }

  /** The side panel's tab that shows the "On this date" list. */
  get onThisDateTab() {
    return this.page.getByRole('button', { name: /On this date|À cette date/ });
  }

  onThisDate(name: RegExp | string = /On this date|À cette date/) {
    return this.page.getByRole('region', { name });
  }

  /** The "On this date" item of a site, whose text holds its name and status. */
  listItem(name: RegExp | string) {
    return this.onThisDate().getByRole('listitem').filter({ hasText: name });
  }

  /** The "On this date" items of one actor's group ("France", "Russia"). */
  group(actor: RegExp) {
    return this.onThisDate().getByRole('region', { name: actor }).getByRole('listitem');
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

  /** The details' period ("27 January 2013 to 14 December 2021"). */
  get detailsPeriod() {
    return this.details.getByTestId('details-period');
  }

  /** The details' status at the slider's day ("active"). */
  get detailsStatus() {
    return this.details.getByTestId('details-status');
  }

  /** What the sources state for one date of the open record ("start_date", "end_date"…). */
  detailsEvidence(field: string) {
    return this.details.getByTestId('details-evidence').locator(`[data-field="${field}"]`);
  }

  get search() {
    return this.page.getByRole('combobox', { name: /Search|Rechercher/ });
  }

  /** The search's suggestions, or those whose text matches. */
  searchResults(name?: RegExp | string) {
    return this.page.getByRole('option', name === undefined ? {} : { name });
  }

  get legend() {
    return this.page.getByRole('list', { name: /^(Legend|Légende)$/ });
  }

  /** A layer's checkbox in the Layers panel, by its name ("French forces"). */
  layerToggle(name: RegExp | string) {
    return this.page.getByRole('checkbox', { name });
  }

  /** A layer's count ("12 shown", "1 left out"). */
  layerCount(layer: LayerId) {
    return this.page.getByTestId(`count-${layer}`);
  }

  /** Opens the kinds within the layers. */
  async showKinds(): Promise<void> {
    await this.page.getByText(/^(Kinds|Types)$/).click();
  }

  /** A kind's checkbox within a layer's group ("Events" → "Coup"). */
  kindToggle(layer: RegExp | string, kind: RegExp | string) {
    return this.page.getByRole('group', { name: layer }).getByRole('checkbox', { name: kind });
  }

  /** The "What changed" panel of a comparison. */
  get comparePanel() {
    return this.page.getByRole('region', { name: /What changed|Ce qui a changé/ });
  }

  /** What in the Layers panel reaches past its sides (a label, a select, a count cut off): the
   * panel may scroll up and down, never sideways. */
  async layersOverflow(): Promise<string[]> {
    return this.page.locator('details.layers').evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      const out: string[] = [];
      if (panel.scrollWidth > panel.clientWidth + 1) out.push('the panel scrolls sideways');
      for (const el of panel.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1)
          out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      }
      return out;
    });
  }
}
