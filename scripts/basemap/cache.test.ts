import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputLines, inputsHash, STAMP, upToDate } from './cache';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'basemap-cache-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const project = () =>
  tree({
    'package-lock.json': JSON.stringify({
      packages: {
        '': {},
        'node_modules/polylabel': { version: '2.1.0' },
        'node_modules/@turf/area': { version: '7.4.0' },
        'node_modules/@turf/area/node_modules/@turf/helpers': { version: '7.3.0' },
        'node_modules/topojson-client': { version: '3.1.0' },
        'node_modules/react': { version: '19.3.1' },
      },
    }),
    'node_modules/polylabel/package.json': '{"version":"2.1.0"}',
    'node_modules/@turf/area/package.json': '{"version":"7.4.1"}',
    'node_modules/@turf/area/node_modules/@turf/helpers/package.json': '{"version":"7.3.0"}',
    'scripts/build-basemap.ts': 'build',
    'scripts/sizes.ts': 'sizes',
    'src/data/schema.ts': 'REGION',
    'src/map/basemap/ring.ts': 'ring',
    'scripts/basemap/a.ts': 'a',
    'scripts/basemap/deeper/b.ts': 'b',
  });

describe('inputLines', () => {
  it('lists the installed versions of the packages the build reads, and every source', () => {
    const lines = inputLines(project());
    expect(lines.filter((l) => l.startsWith('node_modules'))).toEqual([
      'node_modules/@turf/area@7.4.1', // the installed version, not the lock's
      'node_modules/@turf/area/node_modules/@turf/helpers@7.3.0',
      'node_modules/polylabel@2.1.0',
      'node_modules/topojson-client@not installed',
    ]);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(
      expect.arrayContaining([
        'scripts/build-basemap.ts',
        'scripts/sizes.ts',
        'src/data/schema.ts',
        'src/map/basemap/ring.ts',
        'scripts/basemap/a.ts',
        'scripts/basemap/deeper/b.ts',
      ]),
    );
    expect(lines[0]).toMatch(/^node v\d/);
  });

  it('changes when a file under scripts/basemap/ or REGION changes', () => {
    const root = project();
    const before = inputsHash(inputLines(root));
    expect(inputsHash(inputLines(root))).toBe(before);
    writeFileSync(join(root, 'scripts/basemap/deeper/b.ts'), 'b2');
    const after = inputsHash(inputLines(root));
    expect(after).not.toBe(before);
    writeFileSync(join(root, 'src/data/schema.ts'), 'REGION2');
    expect(inputsHash(inputLines(root))).not.toBe(after);
  });
});

describe('upToDate', () => {
  const files = ['a.json', 'b.json'];

  it('holds only when every file is there and the stamp matches', () => {
    const out = tree({ 'a.json': '{}', 'b.json': '{}', [STAMP]: 'abc\n' });
    expect(upToDate(out, files, 'abc\n')).toBe(true);
    expect(upToDate(out, files, 'abd\n')).toBe(false);
    rmSync(join(out, 'b.json'));
    expect(upToDate(out, files, 'abc\n')).toBe(false);
  });

  it('does not hold without a stamp or an output directory', () => {
    const out = tree({ 'a.json': '{}', 'b.json': '{}' });
    expect(upToDate(out, files, 'abc\n')).toBe(false);
    expect(upToDate(join(out, 'missing'), files, 'abc\n')).toBe(false);
  });
});
