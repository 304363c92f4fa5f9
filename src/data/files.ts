/**
 * The data files' URLs. Vite copies each file into the build with a content hash in its name,
 * so a new release never mixes with a cached old file. Every file of \`data/\` is taken, so that a
 * new actor's file needs no code.
 */
import { DATA_FILES, type LayerId } from './schema';

const URLS = import.meta.glob<string>('../../data/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const DATA_URLS: Readonly<Record<LayerId, string>> = Object.fromEntries(
  Object.entries(DATA_FILES).map(([id, spec]) => [id, URLS[`../../data/${spec.file}`] ?? '']),
);

/** The record's releases and what each changed: fetched only when a reader asks for them (the
 * release list, a record's history) or a link names an older version. */
export { default as CHANGELOG_URL } from '../../data/changelog.json?url';

/** The version of the record (its latest release in `data/changelog.json`) and its day, read at
 * build time (see vite.config.ts): "Data as of", links (`v=`), citations, exports. */
export const DATA_VERSION: string = import.meta.env.VITE_DATA_VERSION ?? 'dev';
export const DATA_DATE: string = import.meta.env.VITE_DATA_DATE ?? '';
