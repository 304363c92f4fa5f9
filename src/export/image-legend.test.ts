import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index';
import { imageLegend } from './image-legend';

const t = (key: Parameters<typeof translate>[1]) => translate('en', key);

describe('the PNG legend', () => {
  it('names every look a site can have, beside the layers shown', () => {
    const labels = imageLegend(['france', 'russia', 'events', 'moves'], t).map((i) => i.label);
    for (const key of ['legend.unconfirmed', 'legend.uncertain', 'legend.approximate'] as const) {
      expect(labels).toContain(t(key));
    }
    expect(labels).toContain(t('layer.moves'));
  });

  it('leaves out the layers that are off, and the site looks with no sites shown', () => {
    const labels = imageLegend(['events'], t).map((i) => i.label);
    expect(labels).toEqual([t('layer.events')]);
  });
});
