import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { DICTIONARIES, translate } from './index';
import { browserLang } from './lang';

/** Keys present in one dictionary and not the other (also catches type casts around fr). */
function missingKeys(a: object, b: object): string[] {
  return Object.keys(a).filter((k) => !(k in b));
}

function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : JSON.stringify(message);
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('dictionaries', () => {
  it('have the same keys in French and English', () => {
    expect(missingKeys(en, fr), 'missing in fr.ts').toEqual([]);
    expect(missingKeys(fr, en), 'missing in en.ts').toEqual([]);
  });

  it('detects a missing key (the parity check can fail)', () => {
    const broken: Record<string, unknown> = { ...fr };
    delete broken['slider.play'];
    expect(missingKeys(en, broken)).toEqual(['slider.play']);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('have no empty message', () => {
    for (const dict of Object.values(DICTIONARIES)) {
      for (const [key, value] of Object.entries(dict)) {
        expect(JSON.stringify(value).length, key).toBeGreaterThan(2);
      }
    }
  });
});

describe('translate', () => {
  it('fills variables and picks plural forms per language', () => {
    expect(translate('en', 'onDate.count', { count: 1 })).toBe('1 site');
    expect(translate('en', 'onDate.count', { count: 3 })).toBe('3 sites');
    expect(translate('fr', 'layers.count', { count: 0 })).toBe('0 affiché');
    expect(translate('fr', 'layers.count', { count: 2 })).toBe('2 affichés');
    expect(translate('fr', 'layers.loadError', { layer: 'Événements' })).toBe(
      'Impossible de charger «\u00a0Événements\u00a0».',
    );
  });

  it('picks French for fr* browsers, else English', () => {
    expect(browserLang(['fr-SN', 'en'])).toBe('fr');
    expect(browserLang(['en-GB', 'fr'])).toBe('en');
    expect(browserLang(['de-DE'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

/** Text a component renders as a literal, instead of through the dictionaries. */
function literalStrings(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const userFacing = new Set([
    'aria-label',
    'title',
    'placeholder',
    'alt',
    'aria-description',
    'aria-valuetext',
  ]);
  const visit = (node: ts.Node) => {
    // Letters in JSX text are words a reader sees; symbols (×, ▶, +) are aria-hidden icons.
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      userFacing.has(node.name.getText()) &&
      node.initializer &&
      (ts.isStringLiteral(node.initializer) ||
        (ts.isJsxExpression(node.initializer) &&
          node.initializer.expression &&
          ts.isStringLiteralLike(node.initializer.expression))) &&
      /\p{L}/u.test(node.initializer.getText())
    ) {
      found.push(node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('components', () => {
  it('render no literal user-facing string', () => {
    const offenders = tsxFiles('src').flatMap((path) =>
      literalStrings(readFileSync(path, 'utf8'), path).map((s) => `${path}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the literal check finds literals (it can fail)', () => {
    const src = 'export const A = () => <button aria-label="Close">Close the panel</button>;';
    expect(literalStrings(src, 'a.tsx').sort()).toEqual(['Close the panel', 'aria-label="Close"']);
    expect(literalStrings('const B = () => <span aria-hidden="true">×</span>;', 'b.tsx')).toEqual(
      [],
    );
  });
});
