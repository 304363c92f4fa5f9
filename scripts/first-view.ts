/**
 * Which of the precached files a first view needs, and which the service worker fetches only
 * after it (the code loaded on demand: the importer, its parser worker and mapping step, the
 * export). The service worker is registered once the first view is on screen, so its precache
 * downloads come after that view; a lazy file must then never be named by the page or imported
 * statically by a file the first view runs, or it would be fetched before the view after all.
 */

/** Chunks that only a dynamic import or the parser's `Worker` loads (named so by vite.config). */
export const LAZY_FILE = /^assets\/(import|run-export)-[^/]+\.js$/;

/** The addresses a built ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(pattern)) if (m[1]) found.push(m[1]);
  return found;
}

/** Lazy files that the page or a first-view file names in a way that loads them at once. */
export function lazyLoadedEarly(
  html: string,
  firstViewCode: ReadonlyMap<string, string>,
  lazy: readonly string[],
): string[] {
  const early = new Set<string>();
  for (const file of lazy) if (html.includes(file.replace(/^assets\//, ''))) early.add(file);
  for (const code of firstViewCode.values()) {
    for (const spec of staticImports(code)) {
      const file = `assets/${spec.replace(/^.*\//, '')}`;
      if (lazy.includes(file)) early.add(file);
    }
  }
  return [...early];
}
