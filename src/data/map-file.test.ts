import { describe, expect, it } from 'vitest';
import { brotliSize } from '../../scripts/sizes';
import { mapFileOf, readMapFile } from './map-file';
import { realDataset } from './testing/real-dataset';

describe('the map file', () => {
  const dataset = realDataset();
  const text = JSON.stringify(mapFileOf(dataset.layers));
  const layers = readMapFile(JSON.parse(text));

  it('gives every record of the data files, with the same place, time and countries', () => {
    expect(layers.map((l) => l.id)).toEqual(dataset.layers.map((l) => l.id));
    for (const [i, layer] of layers.entries()) {
      const full = dataset.layers[i];
      expect(layer.records.map((r) => r.id)).toEqual(full?.records.map((r) => r.id));
      for (const [j, r] of layer.records.entries()) {
        const f = full?.records[j];
        expect(r.span, r.id).toEqual(f?.span);
        expect(r.coords, r.id).toEqual(f?.coords);
        expect([r.type, r.kind, r.actor], r.id).toEqual([f?.type, f?.kind, f?.actor]);
        if (r.type !== 'move' && f && f.type !== 'move') {
          expect(r.props.countries).toEqual(f.props.countries);
        }
      }
    }
  });

  it('gives the map the same properties, the full names aside', () => {
    for (const [i, layer] of layers.entries()) {
      const full = dataset.layers[i]?.geojson.features ?? [];
      for (const [j, f] of layer.geojson.features.entries()) {
        const { name_en: _en, name_fr: _fr, ...rest } = full[j]?.properties ?? {};
        expect(f.properties).toEqual(rest);
        expect(f.geometry).toEqual(full[j]?.geometry);
      }
    }
  });

  it('is a tenth of the data files, brotli-compressed, and about 45 bytes a record', () => {
    const data = dataset.layers.map((l) => l.records.map((r) => r.props));
    const records = dataset.layers.reduce((n, l) => n + l.records.length, 0);
    expect(brotliSize(text)).toBeLessThan(brotliSize(JSON.stringify(data)) / 8);
    // 164 records took 7.2 kB: what the first map waits for grows with the record, slowly.
    expect(brotliSize(text)).toBeLessThan(60 * records);
  });

  it('is refused in another shape, or with a record it does not know', () => {
    expect(() => readMapFile({ version: 99, layers: {} })).toThrow(/shape/);
    expect(() => readMapFile(null)).toThrow(/shape/);
    const file = JSON.parse(text);
    file.layers.france[0].props.actor = 'martians';
    expect(() => readMapFile(file)).toThrow(/actor martians/);
    const again = JSON.parse(text);
    again.layers.moves[0].coords = [[1, 2]];
    expect(() => readMapFile(again)).toThrow(/not a line/);
  });
});
