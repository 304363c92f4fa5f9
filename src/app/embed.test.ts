import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { LAYER_IDS } from '../data/schema';
import { parse } from '../state/url-codec';
import type { ViewState } from '../state/view-state';
import { embedLoaderSnippet, embedSnippet, fullMapLink, HEIGHT_MESSAGE } from './embed';

const view: ViewState = {
  date: dayNumber(2022, 9, 1),
  camera: { zoom: 4, lat: 16, lon: 0 },
  layers: LAYER_IDS,
  hidden: ['coup'],
  selected: 'fr-gao',
  lang: 'fr',
  compare: dayNumber(2021, 6, 1),
  embed: true,
};
const base = 'https://example.org/map/';

describe('the embedded view', () => {
  it('gives an iframe of the same view with embed=1, with & escaped', () => {
    const snippet = embedSnippet(view, base, 'Carte "Sahel" & co');
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/map\/\?date=2022-09-01&amp;/);
    expect(snippet).toContain('&amp;embed=1&amp;');
    expect(snippet).toContain('title="Carte &quot;Sahel&quot; &amp; co"');
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const { state, problems } = parse(new URL(src).search);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ selected: 'fr-gao', compare: view.compare, embed: true });
  });

  it('carries the record version, and the loader obeys only the map’s origin', () => {
    const plain = embedSnippet(view, base, 'Map', '2026-12-04');
    expect(plain).toContain('&amp;v=2026-12-04"');
    expect(plain).toContain('style="border:0;width:100%;max-width:800px"');
    const loader = embedLoaderSnippet(view, base, 'Map', '2026-12-04');
    expect(loader.startsWith(plain)).toBe(true);
    expect(loader).toContain('var o="https://example.org"');
    expect(loader).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
    const script = /<script>(.*)<\/script>$/.exec(loader)?.[1] ?? '';
    // It must run as written in the host's page: it parses, and holds no `<` to end it early.
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toContain('<');
    expect(fullMapLink(view, base, '2026-12-04')).toMatch(/&v=2026-12-04$/);
  });

  it('links to the full map at the same view, without embed', () => {
    const link = fullMapLink(view, base);
    expect(link).not.toContain('embed');
    expect(parse(new URL(link).search).state).toMatchObject({ date: view.date, lang: 'fr' });
  });
});
