/**
 * The data files' URLs. Vite copies each file into the build with a content hash in its name,
 * so a new release never mixes with a cached old file.
 */
import events from '../../data/events.geojson?url';
import france from '../../data/france.geojson?url';
import moves from '../../data/moves.geojson?url';
import russia from '../../data/russia.geojson?url';
import mapFile from './generated/map-file.json?url';
import type { LayerId } from './schema';

export const DATA_URLS: Record<LayerId, string> = { france, russia, events, moves };

/** What the first map draws of every record, fetched before the data files (`map-file.ts`). */
export const MAP_FILE_URL: string = mapFile;

/** A short hash of the data files' contents, computed at build time (see vite.config.ts). */
export const DATA_VERSION: string = import.meta.env.VITE_DATA_VERSION ?? 'dev';
