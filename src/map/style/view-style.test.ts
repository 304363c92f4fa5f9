/**
 * The map's whole style, checked in Node as the OpenHistoricalMap date filter is: valid by the
 * style spec, every translated label in the reader's language (and in `languageFields`, so that
 * a language switch reaches it), and every data layer drawing a feature exactly when its look
 * says so (the paint expressions evaluated with the style spec against `isDrawn`).
 */

import {
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { SITE_ACTORS } from '../../data/actors';
import { LAYER_IDS } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { DEFAULT_VIEW } from '../../state/view-store';
import { isDrawn } from './data-layers';
import { LOOK_STATE } from './look-paint';
import { SITE_LOOK } from './looks';
import { forEachDataLayer, initialStyle, languageFields } from './view-style';

const view = (patch: Partial<typeof DEFAULT_VIEW> = {}) => ({ ...DEFAULT_VIEW, ...patch });

describe('the initial style', () => {
  for (const inputs of [
    view(),
    view({ lang: 'fr' }),
    view({ hidden: ['coup', 'base'], layers: ['france', 'moves'], selected: 'fr-gao' }),
  ]) {
    it(`is valid (${inputs.lang}, ${inputs.layers.join('+')}, hidden: ${inputs.hidden.join('+') || 'none'})`, () => {
      expect(validateStyleMin(initialStyle(inputs, null))).toEqual([]);
    });
  }

  it('has every layer of every data layer, shown as the view asks', () => {
    const style = initialStyle(view({ layers: ['france'] }), null);
    forEachDataLayer((layer, id) => {
      const inStyle = style.layers.find((l) => l.id === layer.id);
      expect(inStyle?.layout?.visibility).toBe(id === 'france' ? 'visible' : 'none');
    });
    // One layer per actor with sites (data/actors.json), then the events and the moves.
    expect(LAYER_IDS).toEqual([...SITE_ACTORS.map((a) => a.id), 'events', 'moves']);
  });
});

describe('labels follow the language', () => {
  for (const lang of ['en', 'fr'] as Lang[]) {
    const other = lang === 'en' ? 'fr' : 'en';
    it(`in ${lang}: no label reads the other language, and a switch reaches every label`, () => {
      const style = initialStyle(view({ lang }), null);
      const translated = style.layers.filter(
        (l): l is LayerSpecification & { type: 'symbol' } =>
          l.type === 'symbol' && /_(en|fr)\b/.test(JSON.stringify(l.layout?.['text-field'])),
      );
      expect(translated.map((l) => l.id)).toEqual(
        expect.arrayContaining(['country-labels', 'lake-labels', 'river-labels', 'france-labels']),
      );
      for (const layer of translated) {
        expect(JSON.stringify(layer.layout?.['text-field'])).not.toContain(`_${other}`);
      }
      const switched = new Set(languageFields(other).map(([id]) => id));
      expect(translated.map((l) => l.id).filter((id) => !switched.has(id))).toEqual([]);
    });
  }
});

const OPACITY = ['icon-opacity', 'text-opacity', 'circle-opacity', 'line-opacity'] as const;

function opacityAt(layer: LayerSpecification, look: number): number | null {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const key = OPACITY.find((k) => paint[k] !== undefined);
  if (!key) return null;
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ]?.[key];
  if (!spec) throw new Error(`no spec for ${layer.type} ${key}`);
  const compiled = createPropertyExpression(paint[key], key, spec, { selected: '' });
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const feature = { type: 'Point', properties: { approx: 1, kind: 'base' } } as never;
  return Number(compiled.value.evaluate({ zoom: 7 } as never, feature, { [LOOK_STATE]: look }));
}

describe('what each data layer draws at a look', () => {
  // Sites have one look per status; events and moves a freshness from 0 (hidden) to 1.
  const siteLooks = Object.values(SITE_LOOK);
  const freshness = [0, 0.05, 0.5, 1];
  it('draws a feature (opacity above 0) exactly when isDrawn says it is drawn', () => {
    const mismatches: string[] = [];
    let checked = 0;
    forEachDataLayer((layer, id) => {
      const looks = id === 'events' || id === 'moves' ? freshness : siteLooks;
      for (const look of looks) {
        const opacity = opacityAt(layer, look);
        if (opacity === null) continue;
        checked++;
        const drawn = isDrawn(layer, { [LOOK_STATE]: look });
        if (drawn !== opacity > 0) mismatches.push(`${layer.id} at look ${look}: ${opacity}`);
      }
    });
    expect(checked).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  });

  it('the check can fail: a layer drawn at every look is caught', () => {
    const always = {
      id: 'x',
      type: 'circle',
      source: 's',
      metadata: { 'sahel:looks': [SITE_LOOK.active] },
      paint: { 'circle-opacity': 1 },
    } as LayerSpecification;
    expect(opacityAt(always, SITE_LOOK.ended)).toBe(1);
    expect(isDrawn(always, { [LOOK_STATE]: SITE_LOOK.ended })).toBe(false);
  });
});
