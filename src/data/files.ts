/**
 * The data files' URLs. Vite copies each file into the build with a content hash in its name,
 * so a new release never mixes with a cached old file.
 */
import events from '../../data/events.geojson?url';
import france from '../../data/france.geojson?url';
import moves from '../../data/moves.geojson?url';
import russia from '../../data/russia.geojson?url';
import type { LayerId } from './schema';

export const DATA_URLS: Record<LayerId, string> = { france, russia, events, moves };

/** The record's releases and what each changed: fetched only when a reader asks for them (the
 * release list, a record's history) or a link names an older version. */
export { default as CHANGELOG_URL } from '../../data/changelog.json?url';

/** The version of the record (its latest release in `data/changelog.json`) and its day, read at
 * build time (see vite.config.ts): "Data as of", links (`v=`), citations, exports. */
export const DATA_VERSION: string = import.meta.env.VITE_DATA_VERSION ?? 'dev';
export const DATA_DATE: string = import.meta.env.VITE_DATA_DATE ?? '';
