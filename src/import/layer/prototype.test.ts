/** Untrusted names are data, never keys: every name `Object.prototype` has, imported as an
 * event type, an actor and a country, is read, coloured, labelled and counted like any other. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { T } from '../../i18n';
import { importBlob } from '../parse/pipeline';
import { perMonth } from '../parse/table';
import { typeLabel } from '../ui/event-text';
import { rgb, typeColors } from './colors';

const here = dirname(fileURLToPath(import.meta.url));
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const HEADER = 'event_date,event_type,actor1,country,latitude,longitude,fatalities';
const t = ((key: string) => key) as T;

async function importText(text: string) {
  const r = await importBlob(new Blob([text]), null, {
    progress: () => {},
    askMapping: async () => null,
  });
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** Everything the layer, the legend and the density strip compute from an imported table. */
function drawn(r: Awaited<ReturnType<typeof importText>>) {
  const colors = typeColors(r.origin, r.table.types);
  return {
    rgb: colors.map(rgb),
    labels: r.table.types.map((type) => typeLabel(r.origin, type, t)),
    months: [...perMonth(r.table).values()].reduce((a, b) => a + b, 0),
  };
}

describe('names of Object.prototype in a file', () => {
  it('the committed fixture: every row imported, every type its own colour and label', async () => {
    const r = await importText(
      readFileSync(join(here, '../parse/fixtures/prototype-names.csv'), 'utf8'),
    );
    expect(r.skipped).toBe(0);
    expect(r.table.types).toContain('constructor');
    expect(r.table.types).toContain('__proto__');
    const d = drawn(r);
    for (const c of d.rgb) for (const v of c) expect(Number.isFinite(v)).toBe(true);
    expect(d.labels).toEqual(r.table.types);
    expect(d.months).toBe(r.table.n);
    expect(r.table.place).toContain('__proto__, __proto__, __proto__');
  });

  it('any of them as type, actor and country, in any case, from CSV and GeoJSON alike', async () => {
    const name = fc
      .constantFrom(...PROTO_NAMES)
      .chain((n) => fc.constantFrom(n, n.toUpperCase(), n.toLowerCase()));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(name, name, name), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const csv = [
            HEADER,
            ...rows.map(
              ([type, actor, country], i) =>
                `2022-01-0${(i % 9) + 1},${type},${actor},${country},14,-1,${i}`,
            ),
          ].join('\n');
          const geojson = JSON.stringify({
            type: 'FeatureCollection',
            features: rows.map(([type, actor, country]) => ({
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [-1, 14] },
              properties: {
                event_date: '2022-01-01',
                event_type: type,
                actor1: actor,
                country,
                latitude: 14,
                longitude: -1,
                [type]: actor,
              },
            })),
          });
          for (const text of [csv, geojson]) {
            const r = await importText(text);
            expect(r.table.n).toBe(rows.length);
            expect(new Set(r.table.types)).toEqual(new Set(rows.map(([type]) => type)));
            expect(r.table.actors).toEqual(expect.arrayContaining(rows.map(([, actor]) => actor)));
            const d = drawn(r);
            for (const c of d.rgb) for (const v of c) expect(Number.isFinite(v)).toBe(true);
            expect(d.months).toBe(rows.length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
