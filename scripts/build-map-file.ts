/**
 * Writes the map file, `src/data/generated/map-file.json` (git-ignored): what the first map draws
 * of every record (`src/data/map-file.ts`), from the data files as the page validates them (a
 * record the page would leave out is left out here too). `npm run basemap` runs it after the
 * basemap; it takes a moment, so it is not cached. Run alone: `npx tsx scripts/build-map-file.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapFileOf } from '../src/data/map-file';
import { buildLayer } from '../src/data/model';
import { dataFile, LAYER_IDS } from '../src/data/schema';
import { validateLayer } from '../src/data/validate';
import { brotliSize, kb } from './sizes';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/data/generated/map-file.json');

const layers = LAYER_IDS.map((id) => {
  const json: unknown = JSON.parse(readFileSync(join(ROOT, 'data', dataFile(id).file), 'utf8'));
  const { features, rejected } = validateLayer(id, json);
  for (const r of rejected) console.warn(`map file: ${id}: ${r.id} left out (${r.reason})`);
  return buildLayer(id, { features });
});
const text = JSON.stringify(mapFileOf(layers));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
const records = layers.reduce((n, l) => n + l.records.length, 0);
console.log(`map file: ${records} records, ${kb(text.length)} raw, ${kb(brotliSize(text))} brotli`);
