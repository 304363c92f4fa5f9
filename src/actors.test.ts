/**
 * Actors are data: an actor added to `data/actors.json` (here a fixture, through a mock of the
 * file) has its layer, its place in the link, the Layers panel's legend and the exported image's
 * legend, with no code change; and the real actors' colours stay apart for colour-blind readers.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../data/actors.json', async (original) => {
  const real = (await original<{ default: { actors: unknown[] } }>()).default;
  const fixture = {
    id: 'ruritania',
    'name:fr': 'Ruritanie',
    'name:en': 'Ruritania',
    'layer:fr': 'Forces ruritaniennes',
    'layer:en': 'Ruritanian forces',
    group: 'state',
    color: '#123456',
    shape: 'hexagon',
    file: 'ruritania.geojson',
    'search:fr': ['ruritanien'],
    'search:en': ['Ruritanian'],
  };
  return { default: { actors: [...real.actors, fixture] } };
});

const { DATA_FILES, LAYER_IDS } = await import('./data/schema');
const { parse, serialize } = await import('./state/url-codec');
const { DEFAULT_VIEW } = await import('./state/view-store');
const { layerLegend } = await import('./panels/layer-legend');
const { imageLegend } = await import('./export/image-legend');

describe('an actor added as data only', () => {
  it('has its data file and its layer', () => {
    expect(DATA_FILES.ruritania?.file).toBe('ruritania.geojson');
    expect(LAYER_IDS).toContain('ruritania');
  });

  it('goes into the link and comes back (layers=ruritania,un)', () => {
    const search = serialize({ ...DEFAULT_VIEW, layers: ['ruritania', 'un'] });
    expect(search).toContain('layers=un,ruritania');
    expect(parse(search).state.layers).toEqual(['un', 'ruritania']);
  });

  it('is in the Layers panel’s legend and in the image’s, in both languages', () => {
    const row = layerLegend('fr').find((r) => r.id === 'ruritania');
    expect(row).toMatchObject({
      name: 'Forces ruritaniennes',
      swatch: { className: 'swatch swatch--hexagon', color: '#123456' },
    });
    expect(imageLegend({ ...DEFAULT_VIEW, lang: 'en' })).toContainEqual({
      label: 'Ruritanian forces',
      color: '#123456',
      shape: 'hexagon',
    });
  });
});

/** Machado, Oliveira and Fernandes (2009), full severity, on linear RGB. */
const SIMULATIONS: Record<string, number[][] | null> = {
  normal: null,
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIELAB of a colour as seen with a vision type. */
function seenAs(hex: string, matrix: number[][] | null): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = matrix
    ? matrix.map((row) =>
        Math.min(
          1,
          Math.max(
            0,
            row.reduce((sum, m, i) => sum + m * (rgb[i] ?? 0), 0),
          ),
        ),
      )
    : rgb;
  const x = ((r ?? 0) * 0.4124 + (g ?? 0) * 0.3576 + (b ?? 0) * 0.1805) / 0.95047;
  const y = (r ?? 0) * 0.2126 + (g ?? 0) * 0.7152 + (b ?? 0) * 0.0722;
  const z = ((r ?? 0) * 0.0193 + (g ?? 0) * 0.1192 + (b ?? 0) * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The closest pair of colours under each vision type (CIE76 ΔE). */
function closestPairs(
  colors: Record<string, string>,
): { vision: string; pair: string; d: number }[] {
  return Object.entries(SIMULATIONS).map(([vision, matrix]) => {
    const seen = Object.entries(colors).map(([id, hex]) => [id, seenAs(hex, matrix)] as const);
    let closest = { vision, pair: '', d: Number.POSITIVE_INFINITY };
    seen.forEach(([a, la], i) => {
      for (const [b, lb] of seen.slice(i + 1)) {
        const d = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
        if (d < closest.d) closest = { vision, pair: `${a}/${b}`, d };
      }
    });
    return closest;
  });
}

/** Colours closer than this are hard to tell apart at a marker's size. */
const MIN_DELTA_E = 15;

describe('the actors’ colours', () => {
  it('the check can fail: France’s blue and a slightly other blue are too close', () => {
    const [normal] = closestPairs({ a: '#1d4ed8', b: '#2563eb' });
    expect(normal?.d).toBeLessThan(MIN_DELTA_E);
  });

  it(`stay at least ΔE ${MIN_DELTA_E} apart, pair by pair, for normal, deuteranopic and protanopic vision`, () => {
    // The file as it is (the fixture actor above is a mock of its import, not of the file).
    const file = JSON.parse(readFileSync('data/actors.json', 'utf8')) as {
      actors: { id: string; color: string }[];
    };
    const colors = Object.fromEntries(file.actors.map((a) => [a.id, a.color]));
    expect(Object.keys(colors).length).toBeGreaterThanOrEqual(8);
    for (const closest of closestPairs(colors)) {
      expect(closest.d, `${closest.vision}: ${closest.pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });
});
