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

/** A short hash of the data files' contents, computed at build time (see vite.config.ts). */
export const DATA_VERSION: string = import.meta.env.VITE_DATA_VERSION ?? 'dev';
