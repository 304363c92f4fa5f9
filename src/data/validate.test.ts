import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { rejectedLines } from '../panels/layer-problems';
import { DATA_FILES, dataFile, MAX_LENGTH } from './schema';
import { DamagedFile, validateLayer } from './validate';

type Json = { features: { properties: Record<string, unknown> }[] };

const real = (file: string): Json => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Json;

/** The French file with one record changed. */
function france(change: (features: Json['features']) => void): Json {
  const json = real(dataFile('france').file);
  change(json.features);
  return json;
}

const first = (f: Json['features']) => f[0]?.properties as Record<string, unknown>;

describe('validateLayer (record by record)', () => {
  it('keeps every record of the real files', () => {
    for (const [layer, spec] of Object.entries(DATA_FILES)) {
      const json = real(spec.file);
      const { features, rejected } = validateLayer(layer as keyof typeof DATA_FILES, json);
      expect(rejected, layer).toEqual([]);
      expect(features.length).toBe(json.features.length);
    }
  });

  it('leaves out one record with a bad source link, names it, keeps the others', () => {
    const json = france((f) => {
      first(f).sources = [{ url: 'javascript:alert(1)', publisher: 'Evil' }];
    });
    const id = first(json.features).id;
    const { features, rejected } = validateLayer('france', json);
    expect(rejected).toEqual([{ id, reason: 'sourceLink', field: 'sources.0.url' }]);
    expect(features.length).toBe(json.features.length - 1);
    expect(rejectedLines((k, v) => translate('en', k, v), 'French forces', rejected)).toEqual([
      `One record of “French forces” has an invalid source link and is not shown: ${id}.`,
    ]);
  });

  it('leaves out a duplicate id (the first record keeps it)', () => {
    const json = france((f) => {
      const a = f[0]?.properties;
      const b = f[1]?.properties;
      if (a && b) b.id = a.id;
    });
    const { rejected } = validateLayer('france', json);
    expect(rejected).toEqual([{ id: first(json.features).id, reason: 'duplicate', field: 'id' }]);
  });

  it('leaves out an end before its start', () => {
    const json = france((f) => {
      first(f).start_date = '2020-06-01';
      first(f).end_date = '2019-01-01';
    });
    expect(validateLayer('france', json).rejected[0]?.reason).toBe('endBeforeStart');
  });

  it('leaves out a text over the schema’s cap (a 1 MB description)', () => {
    const json = france((f) => {
      first(f)['description:en'] = 'x'.repeat(1_000_000);
    });
    expect(MAX_LENGTH.description).toBeLessThan(1_000_000);
    expect(validateLayer('france', json).rejected[0]).toMatchObject({
      reason: 'tooLong',
      field: 'description:en',
    });
  });

  it('names a record without an id by its position, and a bad position as such', () => {
    const json = france((f) => {
      delete first(f).id;
      const second = f[1] as unknown as { geometry: { coordinates: number[] } };
      second.geometry.coordinates = [200, 100];
    });
    const { rejected } = validateLayer('france', json);
    expect(rejected.map((r) => [r.id, r.reason])).toEqual([
      ['#1', 'field'],
      [String(json.features[1]?.properties.id), 'position'],
    ]);
  });

  it('throws DamagedFile for something that is not a feature collection', () => {
    expect(() => validateLayer('france', { type: 'Topology' })).toThrow(DamagedFile);
    expect(() => validateLayer('france', null)).toThrow(DamagedFile);
  });
});
