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

/** A module's relative imports, static and dynamic (`import('…')`), as written. */
function relativeImports(source: string): string[] {
  const specs: string[] = [];
  const pattern = /(?:^\s*(?:import|export)[^'"]*from\s+|import\(\s*)'(\.[^']+)'/gm;
  for (const m of source.matchAll(pattern)) if (m[1]) specs.push(m[1]);
  return specs;
}

/** The module a relative import names, among the known paths (extension and index omitted). */
function resolveImport(from: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = new URL(spec, `file://${from}`).pathname;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (known.has(base + ext)) return base + ext;
  }
  return null;
}

/** The import graph of some modules: path → the modules it imports. */
function importGraph(files: Readonly<Record<string, string>>): Map<string, string[]> {
  const known = new Set(Object.keys(files));
  const graph = new Map<string, string[]>();
  for (const [path, text] of Object.entries(files)) {
    const targets = relativeImports(text)
      .map((spec) => resolveImport(path, spec, known))
      .filter((t): t is string => t !== null);
    graph.set(path, targets);
  }
  return graph;
}

/** Every import cycle, each as the path around it (a → b → a), found once. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string) => {
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onStack.has(next)) found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) visit(node);
  return found;
}

/** Folders other folders may reach only through their entry file. */
const ENTRY_FILES: Record<string, string> = {
  map: '/src/map/index.ts',
  import: '/src/import/index.tsx',
};

/** Imports that reach into a folder past its entry file. */
function pastTheEntry(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const breaks: string[] = [];
  for (const [path, targets] of graph) {
    const from = path.match(/^\/src\/([^/]+)\//)?.[1];
    for (const target of targets) {
      const to = target.match(/^\/src\/([^/]+)\//)?.[1];
      const entry = to ? ENTRY_FILES[to] : undefined;
      if (entry && from !== to && target !== entry) breaks.push(`${path} imports ${target}`);
    }
  }
  return breaks;
}

async function allSources(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [path, load] of Object.entries(sources)) files[path] = String(await load());
  return files;
}

describe('the import graph', () => {
  it('the check can fail: a cycle through a dynamic import is caught', () => {
    const graph = importGraph({
      '/src/a/x.ts': "import { y } from './y';",
      '/src/a/y.ts': "const z = () => import('../b/z');",
      '/src/b/z.ts': "export { x } from '../a/x';",
    });
    expect(cycles(graph)).toEqual(['/src/a/x.ts → /src/a/y.ts → /src/b/z.ts → /src/a/x.ts']);
  });

  it('the check can fail: a folder reached past its entry is caught', () => {
    const graph = importGraph({
      '/src/map/index.ts': "export { MapView } from './MapView';",
      '/src/map/MapView.tsx': '',
      '/src/app/App.tsx': "import { MapView } from '../map/MapView';",
      '/src/app/Embed.tsx': "import { MapView } from '../map';",
    });
    expect(pastTheEntry(graph)).toEqual(['/src/app/App.tsx imports /src/map/MapView.tsx']);
  });

  it('has no cycle between modules', async () => {
    const graph = importGraph(await allSources());
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it('reaches src/map and src/import only through their entry files', async () => {
    expect(pastTheEntry(importGraph(await allSources()))).toEqual([]);
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
