/**
 * Checks of the basemap style: sources, same-origin URLs only, the decoded topology in the
 * sources, fonts that cover every label, the reader's language. Needs the generated basemap
 * (`npm run basemap`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from './decode';
import { FONT_REGULAR, UNICODE_RANGES } from './fonts';
import { BASEMAP_LAYER_IDS, labelField } from './layers';
import { ringContains } from './ring';
import { BASEMAP_DATA_SOURCES, BASEMAP_FILE_SOURCES } from './sources';
import { basemapStyle } from './style';

const require = createRequire(import.meta.url);
const GENERATED = join(import.meta.dirname, 'generated');

function readGenerated(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(GENERATED, file), 'utf8')) as FeatureCollection;
}

const decoded = decodeBasemap(
  JSON.parse(readFileSync(join(GENERATED, 'basemap.topojson'), 'utf8')),
);

/** Every string anywhere in a value, with the path it was found at. */
function strings(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

/** Font names in a `text-font` value: a plain stack, or the literal stacks of an expression. */
function stacks(value: unknown, top = true): string[] {
  if (!Array.isArray(value)) return [];
  if (top && value.every((v) => typeof v === 'string')) return value as string[];
  if (value[0] === 'literal') return stacks(value[1]);
  return value.slice(1).flatMap((v) => stacks(v, false));
}

/** Font names that the style's symbol layers can ask for. */
function fontNames(style: StyleSpecification): Set<string> {
  return new Set(
    style.layers.flatMap((layer) =>
      layer.type === 'symbol' ? stacks(layer.layout?.['text-font']) : [],
    ),
  );
}

function parseRanges(ranges: readonly string[]): [number, number][] {
  return ranges.map((r) => {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(r);
    if (!m?.[1]) throw new Error(`bad unicode range ${r}`);
    const start = Number.parseInt(m[1], 16);
    return [start, m[2] ? Number.parseInt(m[2], 16) : start];
  });
}

describe.each(['en', 'fr'] as const)('basemapStyle(%s)', (lang) => {
  const style = basemapStyle(lang);

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('has the exported layer ids, in order, each once', () => {
    expect(style.layers.map((l) => l.id)).toEqual([...BASEMAP_LAYER_IDS]);
  });

  it('references only sources it defines, and uses every source it defines', () => {
    const used = new Set(style.layers.flatMap((l) => ('source' in l ? [l.source] : [])));
    for (const id of used) expect(style.sources, `source ${id}`).toHaveProperty([id]);
    expect(new Set(Object.keys(style.sources))).toEqual(used);
  });

  it('loads its labels as separate same-origin GeoJSON files, never inlined', () => {
    expect(Object.keys(BASEMAP_FILE_SOURCES).sort()).toEqual([
      'basemap-country-labels',
      'basemap-places',
    ]);
    for (const id of Object.keys(BASEMAP_FILE_SOURCES)) {
      const source = style.sources[id];
      expect(source?.type, id).toBe('geojson');
      const data = source && 'data' in source ? source.data : undefined;
      expect(typeof data, id).toBe('string');
      expect(String(data), id).toMatch(/^\/[^/].*\.geojson(\?.*)?$/);
    }
  });

  it('leaves the sources of the topology empty until it is decoded, then draws it', () => {
    const ids = Object.keys(BASEMAP_DATA_SOURCES);
    expect(ids.sort()).toEqual([
      'basemap-borders',
      'basemap-countries',
      'basemap-lakes',
      'basemap-land',
      'basemap-rivers',
    ]);
    for (const id of ids) {
      const source = style.sources[id];
      expect(source && 'data' in source ? source.data : undefined, id).toEqual({
        type: 'FeatureCollection',
        features: [],
      });
    }
    const full = basemapStyle(lang, decoded);
    expect(validateStyleMin(full).map((e) => e.message)).toEqual([]);
    for (const [id, key] of Object.entries(BASEMAP_DATA_SOURCES)) {
      const source = full.sources[id];
      expect(source && 'data' in source ? source.data : undefined, id).toBe(decoded[key]);
    }
    // Only the sources change: the layers are the same with or without the data.
    expect(full.layers).toEqual(style.layers);
  });

  it('credits Natural Earth and GeoNames on the land and the places', () => {
    for (const id of ['basemap-land', 'basemap-places']) {
      const source = style.sources[id];
      expect(source && 'attribution' in source ? source.attribution : undefined, id).toMatch(
        /Natural Earth.*GeoNames/,
      );
    }
  });

  it('has no URL to another origin, nor any http(s) or data: URL at all', () => {
    const offending = strings(style).filter(
      ({ value }) => /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//'),
    );
    expect(offending).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:|data:|\/\//);
  });

  it('declares no glyphs server, and font faces for every text-font it uses', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const faces = style['font-faces'] ?? {};
    expect(Object.keys(faces)).toEqual([FONT_REGULAR]);
    for (const name of fontNames(style)) expect(faces, `font ${name}`).toHaveProperty([name]);
    // The data layers of the app use this name too.
    expect(fontNames(style)).toContain(FONT_REGULAR);
  });

  it('covers latin and latin-ext with Noto Sans woff2 files, each for its own range', () => {
    const subsets = require('@fontsource/noto-sans/unicode.json') as Record<string, string>;
    for (const [name, declaration] of Object.entries(style['font-faces'] ?? {})) {
      expect(Array.isArray(declaration), name).toBe(true);
      const files = Array.isArray(declaration) ? declaration : [];
      const weight = 400;
      for (const subset of ['latin', 'latin-ext'] as const) {
        const face = files.find((f) => f.url.includes(`noto-sans-${subset}-${weight}-normal`));
        expect(face, `${name} ${subset}`).toBeDefined();
        expect(face?.url).toMatch(/^\/[^/].*\.woff2(\?.*)?$/);
        expect(face?.['unicode-range']?.join(',')).toBe(UNICODE_RANGES[subset]);
        expect(UNICODE_RANGES[subset]).toBe(subsets[subset]);
      }
    }
  });

  it(`labels countries in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    const layer = style.layers.find((l) => l.id === 'country-labels');
    expect(layer?.type).toBe('symbol');
    const field = layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    expect(field).toEqual(['get', `name_${lang}`]);
    expect(field).toEqual(labelField(lang));
  });
});

describe('the generated basemap', () => {
  const labels = readGenerated('country-labels.geojson');
  const places = readGenerated('places.geojson');

  it('names countries in French and English from Intl', () => {
    const chad = labels.features.find((f) => f.properties?.code === 'TD');
    expect(chad?.properties).toMatchObject({ name_en: 'Chad', name_fr: 'Tchad', rank: 1 });
    const mali = labels.features.find((f) => f.properties?.code === 'ML');
    expect(mali?.properties).toMatchObject({ name_en: 'Mali', name_fr: 'Mali' });
  });

  it('has a label for each G5 Sahel country, where the country is', () => {
    for (const code of ['BF', 'ML', 'MR', 'NE', 'TD']) {
      const label = labels.features.find((f) => f.properties?.code === code);
      const country = decoded.countries.features.find((f) => f.properties.code === code);
      expect(label?.properties?.rank, code).toBe(1);
      expect(country?.properties.sahel, code).toBe(true);
      const point = label?.geometry.type === 'Point' ? label.geometry.coordinates : [];
      const polygons =
        country?.geometry.type === 'Polygon'
          ? [country.geometry.coordinates]
          : (country?.geometry.coordinates ?? []);
      expect(
        polygons.some((rings) => ringContains(rings[0] ?? [], point)),
        `${code} label inside`,
      ).toBe(true);
    }
  });

  it('has the capitals and the towns of the story, in their usual spelling', () => {
    const byName = new Map(places.features.map((f) => [f.properties?.name, f.properties]));
    expect(byName.get('Niamey')).toEqual({ name: 'Niamey', capital: true, rank: 1 });
    expect(byName.get('Tombouctou')).toEqual({ name: 'Tombouctou', capital: false, rank: 2 });
    for (const name of ['Ménaka', 'Ségou', 'Abéché', "N'Djamena", 'Moscow', 'Toulon']) {
      expect(byName.has(name), name).toBe(true);
    }
  });

  it('has only characters that the declared font files cover', () => {
    const covered = parseRanges([
      ...UNICODE_RANGES.latin.split(','),
      ...UNICODE_RANGES['latin-ext'].split(','),
    ]);
    const collections: FeatureCollection[] = [
      labels,
      places,
      decoded.rivers as FeatureCollection,
      decoded.lakes as FeatureCollection,
    ];
    const texts = collections.flatMap((c) =>
      c.features.flatMap((f) =>
        ['name', 'name_en', 'name_fr'].map((k) => String(f.properties?.[k] ?? '')),
      ),
    );
    // Names from the topology are there (not only empty strings).
    expect(texts).toContain('Lac Tchad');
    const missing = new Set<string>();
    for (const text of texts) {
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        if (!covered.some(([a, b]) => cp >= a && cp <= b)) missing.add(char);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
