import {
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../data/schema';
import { DEFAULT_VIEW } from '../../state/view-store';
import { ICON_NAMES } from './icons';
import { initialStyle } from './view-style';

/** The icon names a layer's `icon-image` can give, for a feature of each actor. */
function namesOf(value: unknown): string[] {
  const spec = latest.layout_symbol['icon-image'] as unknown as StylePropertySpecification;
  const parsed = createPropertyExpression(value, 'layout.icon-image', spec, {});
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const expression = parsed.value;
  return ACTORS.map((actor) =>
    String(
      expression.evaluate({ zoom: 5 }, {
        type: 'Point',
        properties: { actor },
      } as never),
    ),
  );
}

describe('icons', () => {
  it('every icon a layer of the style names is one that is drawn', () => {
    const known = new Set(ICON_NAMES);
    const asked = new Set<string>();
    for (const layer of initialStyle(DEFAULT_VIEW, null).layers) {
      const image = layer.type === 'symbol' ? layer.layout?.['icon-image'] : undefined;
      if (image !== undefined) for (const name of namesOf(image)) asked.add(name);
    }
    expect(asked.size).toBeGreaterThan(5);
    expect([...asked].filter((name) => !known.has(name))).toEqual([]);
  });
});
