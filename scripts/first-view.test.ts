import { describe, expect, it } from 'vitest';
import { lazyLoadedEarly, staticImports } from './first-view';

describe('first view and lazy files', () => {
  it('reads static imports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./react-1.js";import"./side-2.js";const c=()=>import("./import-session-3.js");';
    expect(staticImports(code)).toEqual(['./react-1.js', './side-2.js']);
  });
  it('finds a lazy file loaded early (the check can fail)', () => {
    const lazy = ['assets/import-session-3.js', 'assets/run-export-4.js'];
    const code = new Map([['assets/index-0.js', 'import{x}from"./import-session-3.js";']]);
    expect(lazyLoadedEarly('<script src="/assets/index-0.js">', code, lazy)).toEqual([
      'assets/import-session-3.js',
    ]);
    const html = '<link rel="modulepreload" href="/assets/run-export-4.js">';
    expect(lazyLoadedEarly(html, new Map(), lazy)).toEqual(['assets/run-export-4.js']);
    const fine = new Map([['assets/index-0.js', 'const m=()=>import("./import-session-3.js")']]);
    expect(lazyLoadedEarly('', fine, lazy)).toEqual([]);
  });
});
