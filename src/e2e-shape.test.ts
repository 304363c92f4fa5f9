/**
 * The shape of the browser tests (e2e/), checked in Node: every file stays under 300 lines, and
 * specs say what the reader sees, never a MapLibre style layer's id (the map driver's words,
 * `e2e/support/drivers/map-words.ts`, map one to the other, and are checked against the style
 * here). Files are read from the repository with node:fs.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  HANDOVER_MARK_LAYERS,
  nameLayer,
  recordLayers,
  SITE_LOOKS,
  siteLayer,
  siteState,
} from '../e2e/support/drivers/map-words';
import { LAYER_IDS, SITE_LAYER_IDS } from './data/schema';
import { BASEMAP_LAYER_IDS, basemapLayers } from './map/basemap/layers';
import { COMPARE_RING_LAYERS } from './map/style/compare-rings';
import { DATA_LAYERS, selectionLayers } from './map/style/data-layers';
import { HANDOVER_LAYERS } from './map/style/handover-marks';
import { siteIconName } from './map/style/icons';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_LINES = 300;

/** Every file under a folder, by its path from the repository's root, with its text. */
function filesUnder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(ROOT, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

/** The files over `max` lines, with their length. */
function overLong(files: Record<string, string>, max: number): string[] {
  return Object.entries(files)
    .map(([path, text]) => [path, text.split('\n').length - (text.endsWith('\n') ? 1 : 0)] as const)
    .filter(([, lines]) => lines > max)
    .map(([path, lines]) => `${path}: ${lines} lines`);
}

/** The style layers of the data: each layer's markers, halos, names, lines and arrows, the
 * selection rings and the comparison's rings. */
const STYLE_IDS: readonly string[] = [
  ...Object.values(DATA_LAYERS).flatMap((layers) => layers.map((l) => l.id)),
  ...selectionLayers().map((l) => l.id),
  ...COMPARE_RING_LAYERS,
  ...HANDOVER_LAYERS,
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The style layer ids a text names: the whole id (`'france-sites-ended'`), or its part after the
 * data layer's name behind a template's placeholder (`${actor}-sites-ended`).
 */
function styleIdsNamed(text: string, ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const layer = LAYER_IDS.find((l) => id.startsWith(`${l}-`));
    const whole = `(?<![\\w-])${literal(id)}(?![\\w-])`;
    const templated = layer ? `|\\}${literal(id.slice(layer.length))}(?![\\w-])` : '';
    return new RegExp(whole + templated).test(text);
  });
}

describe('the shape of e2e/', () => {
  const files = filesUnder('e2e');
  const specs = Object.entries(files).filter(([path]) => /^e2e\/[^/]+\.spec\.ts$/.test(path));

  it('finds the files (the walk itself works)', () => {
    expect(Object.keys(files)).toContain('e2e/support/app.ts');
    expect(specs.length).toBeGreaterThan(10);
  });

  it('the length check can fail: a long file is caught', () => {
    expect(
      overLong({ 'e2e/x.spec.ts': 'a\n'.repeat(301), 'e2e/y.ts': 'a\n'.repeat(300) }, MAX_LINES),
    ).toEqual(['e2e/x.spec.ts: 301 lines']);
  });

  it(`no file under e2e/ is over ${MAX_LINES} lines`, () => {
    expect(overLong(files, MAX_LINES)).toEqual([]);
  });

  it('the id check can fail: a spec naming a style layer is caught, however it spells it', () => {
    expect(STYLE_IDS).toEqual(
      expect.arrayContaining(['france-sites-ended', 'events-points', 'russia-compare']),
    );
    const spec = [
      "await app.renderedIds(['france-sites-ended', 'events-points']);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a spec's text, quoted as it is written
      'const drawn = (actor) => app.renderedCount([`${actor}-sites-unconfirmed`]);',
      // Not ids: a test id, a record id, a file name, a prefix of an id.
      "app.getByTestId('count-events'); 'fr-gao'; 'france-2024.geojson'; 'france-sites-extra'",
    ].join('\n');
    // The template names every actor's unconfirmed layer.
    const unconfirmed = SITE_LAYER_IDS.map((actor) => `${actor}-sites-unconfirmed`);
    expect(styleIdsNamed(spec, STYLE_IDS).sort()).toEqual(
      ['events-points', 'france-sites-ended', ...unconfirmed].sort(),
    );
  });

  it('no spec names a style layer id (specs say what the reader sees)', () => {
    const named = specs.flatMap(([path, text]) =>
      styleIdsNamed(text, STYLE_IDS).map((id) => `${path}: ${id}`),
    );
    expect(named).toEqual([]);
  });
});

describe("the map driver's words name the style's layers", () => {
  const idsOf = (layers: readonly { id: string }[]) => layers.map((l) => l.id);

  it('each look of a site is the layer that draws that look’s icon, one layer per look', () => {
    for (const actor of ['france', 'russia'] as const) {
      expect(new Set(SITE_LOOKS.map((look) => siteLayer(actor, look))).size).toBe(
        SITE_LOOKS.length,
      );
      for (const look of SITE_LOOKS) {
        const layer = DATA_LAYERS[actor]?.find((l) => l.id === siteLayer(actor, look));
        expect(layer?.layout, `${actor} ${look}`).toMatchObject({
          'icon-image': siteIconName(actor, siteState(look)),
        });
      }
    }
  });

  it("a data layer's records are drawn by all of its style layers and no others", () => {
    for (const layer of LAYER_IDS) {
      expect([...recordLayers(layer)].sort(), layer).toEqual(
        idsOf(DATA_LAYERS[layer] ?? []).sort(),
      );
    }
  });

  it('names are the text layers of the basemap or of the data', () => {
    const textLayers = [...basemapLayers('en'), ...Object.values(DATA_LAYERS).flat()].filter(
      (l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined,
    );
    const names = ['countries', 'capitals', 'towns', 'lakes', 'rivers', 'france sites'] as const;
    for (const n of names) expect(idsOf(textLayers), n).toContain(nameLayer(n));
    expect(BASEMAP_LAYER_IDS).toContain(nameLayer('countries'));
  });

  it('the replay’s hand-over mark is the style’s ring and label', () => {
    expect([...HANDOVER_MARK_LAYERS]).toEqual([...HANDOVER_LAYERS]);
  });
});
