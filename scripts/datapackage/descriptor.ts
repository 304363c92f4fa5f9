/**
 * `datapackage.json` (Frictionless Data Package) as a function of the schema and the release:
 * one resource per data file of `DATA_FILES` (a file added there is described at the next
 * release), its fields from the schema's keys with their meaning (`fields.ts`), the licence,
 * the publishers cited, the version. `npm run data:release` writes it; the unit test checks the
 * committed file is this and validates it against the published profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../../src/data/changelog';
import { DATA_LICENCE, PROJECT_TITLE } from '../../src/data/project';
import { DATA_FILES, dataFile, type LayerId } from '../../src/data/schema';
import { FIELD_DOCS } from './fields';

const TITLES: Partial<Record<LayerId, string>> = {
  france: 'French military presence: bases, positions, operations, deployments',
  russia: 'Russian involvement: Wagner and Africa Corps sites, deployments, economic interests',
  events: 'Events: incidents, coups, diplomacy, announcements, alliances, missions',
  moves: 'Moves: redeployments between French sites, hand-overs to Russian presence',
};

/** The keys a file's features may have, from its zod schema (properties, then the geometry). */
export function schemaKeys(layer: LayerId): string[] {
  type Node = { def: { shape?: Record<string, Node>; element?: Node } };
  const shape = (n: Node | undefined, key: string) => n?.def.shape?.[key];
  const features = shape(dataFile(layer).schema as unknown as Node, 'features');
  const props = shape(features?.def.element, 'properties')?.def.shape ?? {};
  return ['geometry', ...Object.keys(props)];
}

function publishersOf(features: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const f of features) {
    const sources = (f as { properties?: { sources?: { publisher?: string }[] } }).properties
      ?.sources;
    for (const s of sources ?? []) if (s.publisher) names.add(s.publisher);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

export function dataPackage(root: string, release: Pick<Release, 'version' | 'date'>) {
  const resources = (Object.keys(DATA_FILES) as LayerId[]).map((layer) => {
    const file = dataFile(layer).file;
    const json = JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as {
      features: unknown[];
    };
    return {
      name: layer,
      path: `data/${file}`,
      title: TITLES[layer] ?? `${layer} (${file})`,
      profile: 'data-resource',
      format: 'geojson',
      mediatype: 'application/geo+json',
      encoding: 'utf-8',
      licenses: [DATA_LICENCE],
      schema: {
        fields: schemaKeys(layer).map((name) => ({
          name,
          type: FIELD_DOCS[name]?.type ?? 'any',
          description: FIELD_DOCS[name]?.description ?? '',
        })),
      },
      sources: publishersOf(json.features).map((title) => ({ title })),
    };
  });
  return {
    profile: 'data-package',
    name: 'sahel-security-map',
    title: PROJECT_TITLE,
    description:
      'Where French forces were based in the Sahel and where Russia got involved, 2012 to today: every record with its dates at their true precision, the sources that back each date, a confidence grade. French and English.',
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    keywords: ['Sahel', 'France', 'Russia', 'Wagner', 'Africa Corps', 'military bases', 'GeoJSON'],
    licenses: [DATA_LICENCE],
    contributors: [{ title: 'Sahel Security Map contributors', role: 'author' }],
    sources: [
      {
        title:
          'News reports, official communiqués, UN documents and Wikipedia articles, cited record by record (each feature’s `sources`)',
        path: 'data/README.md',
      },
    ],
    resources: [
      ...resources,
      {
        name: 'changelog',
        path: 'data/changelog.json',
        title: 'Releases of the record: records added, corrected, changed and removed',
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [DATA_LICENCE],
      },
    ],
  };
}

/** `CITATION.cff` with the release's version and date put in. */
export function citationWithRelease(text: string, release: Pick<Release, 'version' | 'date'>) {
  return text
    .replace(/^version: .*$/m, `version: "${release.version}"`)
    .replace(/^date-released: .*$/m, `date-released: "${release.date}"`);
}
