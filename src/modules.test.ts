/**
 * Every module under src/ is imported here at least once, so that a module that throws as it
 * loads (a `const` read before its declaration, an import cycle) fails the unit tests instead of
 * giving a blank page in `npm start`. The two entry modules run the app and need a browser: the
 * dev-server browser test covers them.
 */
import { describe, expect, it } from 'vitest';

const ENTRIES = ['/src/app/main.tsx', '/src/app/boot.ts'];

const modules = import.meta.glob(['/src/**/*.{ts,tsx}', '!/src/**/*.test.ts', '!**/fixtures/**']);
const sources = import.meta.glob(['/src/**/*.{ts,tsx}', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
});

describe('every module under src/', () => {
  const paths = Object.keys(modules).filter((p) => !ENTRIES.includes(p));

  it('finds the modules (the glob itself works)', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toContain('/src/map/style/data-layers.ts');
  });

  for (const path of paths) {
    it(`loads ${path}`, async () => {
      const load = modules[path];
      if (!load) throw new Error(`no loader for ${path}`);
      await expect(load()).resolves.toBeDefined();
    });
  }
});

/** The folders each folder may import from: data ← i18n ← state ← (map, panels, timeline) ← app. */
const ALLOWED: Record<string, readonly string[]> = {
  data: ['data'],
  testing: ['testing'],
  i18n: ['i18n', 'data'],
  theme: ['theme', 'data'],
  ui: ['ui'],
  state: ['state', 'data', 'i18n'],
  map: ['map', 'data', 'i18n', 'state', 'theme', 'ui'],
  panels: ['panels', 'data', 'i18n', 'state', 'theme', 'ui'],
  timeline: ['timeline', 'data', 'i18n', 'state', 'theme', 'ui'],
  import: ['import', 'data', 'i18n', 'state', 'theme', 'ui', 'map'],
  export: ['export', 'data', 'i18n', 'state', 'theme', 'ui', 'map'],
  app: [
    'app',
    'data',
    'i18n',
    'state',
    'theme',
    'ui',
    'map',
    'panels',
    'timeline',
    'import',
    'export',
  ],
};

/** The src/ folders a module imports from (relative imports only). */
function importedFolders(path: string, source: string): string[] {
  const folders: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
    const target = new URL(m[1] ?? '', `file://${path}`).pathname;
    const folder = target.match(/^\/src\/([^/]+)\//)?.[1];
    if (folder) folders.push(folder);
  }
  return folders;
}

describe('imports go one way', () => {
  it('the check can fail: a panel importing the map is caught', () => {
    const folders = importedFolders('/src/panels/X.tsx', "import { a } from '../map/palette';");
    expect(folders.filter((f) => !ALLOWED.panels?.includes(f))).toEqual(['map']);
  });

  it('no module imports from a folder above its own', async () => {
    const breaks: string[] = [];
    for (const [path, load] of Object.entries(sources)) {
      const folder = path.match(/^\/src\/([^/]+)\//)?.[1];
      if (!folder) continue;
      const allowed = ALLOWED[folder];
      if (!allowed) {
        breaks.push(`${path}: folder "${folder}" has no rule`);
        continue;
      }
      const source = String(await load());
      for (const target of importedFolders(path, source)) {
        if (!allowed.includes(target)) breaks.push(`${path} imports from src/${target}`);
      }
    }
    expect(breaks).toEqual([]);
  });
});

/** "Small files named for what they hold": the dictionaries aside, no module is over this. */
const MAX_LINES = 300;
const DICTIONARIES = ['/src/i18n/en.ts', '/src/i18n/fr.ts'];

/** The modules over `max` lines, with their length. */
function overLong(files: Record<string, string>, max: number): string[] {
  return Object.entries(files)
    .map(([path, text]) => [path, text.split('\n').length - (text.endsWith('\n') ? 1 : 0)] as const)
    .filter(([, lines]) => lines > max)
    .map(([path, lines]) => `${path}: ${lines} lines`);
}

describe('modules stay small', () => {
  it('the check can fail: a long module is caught', () => {
    expect(
      overLong({ '/src/x.ts': 'a\n'.repeat(301), '/src/y.ts': 'a\n'.repeat(300) }, 300),
    ).toEqual(['/src/x.ts: 301 lines']);
  });

  it(`no module under src/ is over ${MAX_LINES} lines (dictionaries aside)`, async () => {
    const files: Record<string, string> = {};
    for (const [path, load] of Object.entries(sources)) {
      if (!DICTIONARIES.includes(path)) files[path] = String(await load());
    }
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(overLong(files, MAX_LINES)).toEqual([]);
  });
});
