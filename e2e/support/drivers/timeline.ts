/**
 * Time: the slider (its day, its keys, its years, the caption of the change it stepped to), the
 * time controls (play, pause, next change) and the Timeline tab with its entries.
 */
import type { Page } from '../browser';

export class TimelineDriver {
  constructor(private readonly page: Page) {}

  get slider() {
    return this.page.getByRole('slider');
  }

  /** The day the slider says (its `aria-valuetext`, "1 June 2021"). */
  async sliderText(): Promise<string> {
    return (await this.slider.getAttribute('aria-valuetext')) ?? '';
  }

  /** The slider's first day (its `min`, a day number as text). */
  async firstDay(): Promise<string> {
    return (await this.slider.getAttribute('min')) ?? '';
  }

  async pressOnSlider(key: string, times = 1): Promise<void> {
    await this.slider.focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /** The year labels under the slider. */
  get sliderYears() {
    return this.page.getByTestId('slider-years');
  }

  /** The caption of the change the slider stepped to (a polite live region). */
  get changeCaption() {
    return this.page.getByTestId('change-caption');
  }

  /** The buttons beside the slider. */
  get controls() {
    return this.page.getByRole('group', { name: /Time controls|Commandes du temps/ });
  }

  get playButton() {
    return this.page.getByRole('button', { name: 'Play' });
  }

  async play(): Promise<void> {
    await this.playButton.click();
  }

  async pause(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pause' }).click();
  }

  async nextChange(): Promise<void> {
    await this.page.getByRole('button', { name: /Next change|Changement suivant/ }).click();
  }

  /** Opens the Timeline tab of the side panel. */
  async show(): Promise<void> {
    await this.page.getByRole('button', { name: /Timeline|Chronologie/ }).click();
  }

  /** The Timeline tab's list. */
  get entries() {
    return this.page.getByRole('region', { name: /Timeline|Chronologie/ });
  }

  /** The entries of the slider's day. */
  get current() {
    return this.entries.locator('[aria-current="date"]');
  }

  /** An entry's button by its text ("Gossi: ends"). */
  entry(name: RegExp | string) {
    return this.entries.getByRole('button', { name }).first();
  }

  /** The replay's speed (days per second). */
  get speed() {
    return this.page.getByRole('combobox', { name: /^(Speed|Vitesse)/ });
  }

  /** Opens the replay's options (go to, from, to, loop). */
  async openReplayOptions(): Promise<void> {
    const options = this.page.locator('details.replay');
    if (!(await options.evaluate((d) => (d as HTMLDetailsElement).open)))
      await this.page.getByText(/^(Replay options|Options de lecture)$/).click();
  }

  /** A date field of the replay's options ("Go to", « Lire du »…). */
  dateField(label: RegExp | string) {
    return this.page.getByRole('textbox', { name: label, exact: typeof label === 'string' });
  }

  /** Types a date into a field as a reader does, then Enter. */
  async typeDate(label: RegExp | string, text: string): Promise<void> {
    const field = this.dateField(label);
    await field.fill(text);
    await field.press('Enter');
  }

  get loop() {
    return this.page.getByRole('checkbox', { name: /^(Loop|En boucle)$/ });
  }
}
