import { describe, expect, it } from 'vitest';
import { imageLegend } from '../../export/image-legend';
import { translate } from '../../i18n/index';
import { DEFAULT_VIEW } from '../../state/view-store';
import { DATA_LAYERS, selectionLayers } from './data-layers';
import { APPROX_ICON, siteIconName } from './icons';
import { initialStyle } from './view-style';

describe('the selection rings the selected record only', () => {
  const ids = initialStyle(DEFAULT_VIEW, null).layers.map((l) => l.id);

  it('draws the selected site’s own marker again, in each look, above every data layer', () => {
    const selected = selectionLayers().filter((l) => l.id.startsWith('russia-'));
    const icons = selected.filter((l) => l.type === 'symbol');
    expect(icons.map((l) => l.layout?.['icon-image']).sort()).toEqual(
      (['active', 'uncertain', 'unconfirmed', 'ended'] as const)
        .map((s) => siteIconName('russia', s))
        .sort(),
    );
    for (const l of selected)
      expect(JSON.stringify('filter' in l && l.filter)).toContain('selected');
    const lastData = Math.max(
      ...Object.values(DATA_LAYERS)
        .flat()
        .map((l) => ids.indexOf(l.id)),
    );
    for (const l of selectionLayers()) expect(ids.indexOf(l.id)).toBeGreaterThan(lastData);
  });

  it('puts a plate inside the ring, so that another marker at the place does not show in it', () => {
    const ring = selectionLayers().find((l) => l.id === 'france-selected');
    expect(ring?.type === 'circle' && ring.paint?.['circle-color']).toBe('#ffffff');
  });
});

describe('not confirmed, uncertain and approximate are shapes of their own', () => {
  it('approximate is drawn as corners, not a grey disc', () => {
    const approx = DATA_LAYERS.france?.find((l) => l.id === 'france-approx');
    expect(approx?.type).toBe('symbol');
    expect(approx?.layout).toMatchObject({ 'icon-image': APPROX_ICON });
  });

  it('the PNG’s legend draws each look in its own shape', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
    const legend = imageLegend({ ...DEFAULT_VIEW, lang: 'en' });
    const shapeOf = (key: Parameters<typeof translate>[1]) =>
      legend.find((e) => e.label === t(key))?.shape;
    const shapes = (
      ['legend.active', 'legend.uncertain', 'legend.unconfirmed', 'legend.approximate'] as const
    ).map(shapeOf);
    expect(shapes.every((s) => s !== undefined)).toBe(true);
    expect(new Set(shapes).size).toBe(4);
  });
});
