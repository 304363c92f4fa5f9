/**
 * The one time rule, seen from its three readers: for every record of the real data and every
 * day around each of its changes, the map's look (`src/map/style/looks.ts`), the list's order
 * (`listRank`) and the status in words that the list and the details show (status-text.ts)
 * say the same thing.
 */
import { describe, expect, it } from 'vitest';
import { changeDays, listRank, visibleAt } from './data/dates';
import { realDataset } from './data/testing/real-dataset';
import { translate } from './i18n';
import { lookAt, SITE_LOOK } from './map/style/looks';
import { statusText } from './panels/status-text';

const dataset = realDataset();
const records = [...dataset.byId.values()];
const words = (key: Parameters<typeof translate>[1]) => translate('en', key);

/** What a site's status text says, in the map's terms. */
function textLook(text: string): number {
  if (text === words('status.active')) return SITE_LOOK.active;
  if (text.startsWith('vacated')) return SITE_LOOK.ended;
  // Within a year of the last report the site is plainly there; after it, in doubt.
  if (text.startsWith('last reported')) return SITE_LOOK.active;
  if (text.startsWith('not confirmed since')) return SITE_LOOK.unconfirmed;
  if (
    [words('status.starting'), words('status.ending'), words('status.since-unknown')].includes(text)
  ) {
    return SITE_LOOK.uncertain;
  }
  if (text === words('status.future')) return SITE_LOOK.hidden;
  throw new Error(`unexpected status text "${text}"`);
}

const RANK_OF_LOOK: Record<number, number> = {
  [SITE_LOOK.active]: 0,
  [SITE_LOOK.unconfirmed]: 0,
  [SITE_LOOK.uncertain]: 1,
  [SITE_LOOK.ended]: 2,
};

describe('the map, the list and the details agree on every change day ±1', () => {
  it('covers the whole record', () => {
    expect(records.length).toBeGreaterThan(90);
  });

  it('sites: the look, the words and the order', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const r of records) {
      if (r.type !== 'site') continue;
      for (const change of changeDays(r.span)) {
        for (const day of [change - 1, change, change + 1]) {
          checked++;
          const look = lookAt(r.span, day);
          const shown = visibleAt(r.span, day);
          if ((look !== SITE_LOOK.hidden) !== shown) {
            disagreements.push(`${r.id} on day ${day}: look ${look}, in the list: ${shown}`);
          }
          if (!shown) continue;
          const text = statusText(r, day, 'en');
          if (textLook(text) !== look)
            disagreements.push(`${r.id} on day ${day}: ${look} vs "${text}"`);
          if (listRank(r.span, day) !== RANK_OF_LOOK[look]) {
            disagreements.push(
              `${r.id} on day ${day}: rank ${listRank(r.span, day)}, look ${look}`,
            );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });

  it('events and moves: drawn exactly while they are listed', () => {
    const disagreements: string[] = [];
    for (const r of records) {
      if (r.type === 'site') continue;
      for (const change of [...changeDays(r.span), r.span.w1]) {
        for (const day of [change - 1, change, change + 1]) {
          const drawn = lookAt(r.span, day) > 0;
          if (drawn !== visibleAt(r.span, day)) disagreements.push(`${r.id} on day ${day}`);
          if (r.type === 'event' && drawn && statusText(r, day, 'en') === words('status.future')) {
            disagreements.push(`${r.id} drawn on day ${day} but "not yet"`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
