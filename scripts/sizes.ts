/** Raw, gzip and brotli sizes of the built files, as a real static host would serve them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Compressed with gzip at level 9. */
export const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 });

/** Compressed with brotli at quality 11 (what a static host's precompression does). */
export const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

export const gzipSize = (data: Buffer | string) => gzip(data).length;
export const brotliSize = (data: Buffer | string) => brotli(data).length;

export function measureDist(dir = 'dist'): FileSize[] {
  return walk(dir)
    .filter((path) => !path.endsWith('.map'))
    .map((path) => {
      const data = readFileSync(path);
      return {
        file: relative(dir, path),
        raw: data.length,
        gzip: gzipSize(data),
        brotli: brotliSize(data),
      };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

export const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function table(sizes: readonly FileSize[]): string {
  const rows = sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip), kb(s.brotli)]);
  const total = sizes.reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  rows.push(['TOTAL', kb(total.raw), kb(total.gzip), kb(total.brotli)]);
  return formatTable(['file', 'raw', 'gzip', 'brotli'], rows);
}

/**
 * Rows under a header in aligned columns, two spaces apart: the first column (and the columns
 * listed in `left`) padded on the right, the others (numbers) on the left.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  left: readonly number[] = [0],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
