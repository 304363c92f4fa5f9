import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index';
import { DEFAULT_VIEW } from '../state/view-store';
import { imageLegend } from './image-legend';

const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
const view = (layers: readonly string[]) => ({ ...DEFAULT_VIEW, lang: 'en' as const, layers });

describe('the PNG legend', () => {
  it('names every look a site can have, beside the layers shown', () => {
    const labels = imageLegend(view(['france', 'russia', 'events', 'moves'])).map((i) => i.label);
    for (const key of ['legend.unconfirmed', 'legend.uncertain', 'legend.approximate'] as const) {
      expect(labels).toContain(t(key));
    }
    expect(labels).toContain(t('layer.moves'));
  });

  it('leaves out the layers that are off, and the site looks with no sites shown', () => {
    const labels = imageLegend(view(['events'])).map((i) => i.label);
    expect(labels).toEqual([t('layer.events')]);
  });
});
