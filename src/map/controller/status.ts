/** What the map controller tells React: its status, the basemap files that failed, the
 * reader's own moves and clicks. Types only, so that React's side never loads MapLibre. */
import type { Camera } from '../../state/view-state';

export type MapStatus =
  | { type: 'loading' }
  | { type: 'ready' }
  | { type: 'no-webgl' }
  /** The device dropped the GPU context (a backgrounded tab on a phone): restoring. */
  | { type: 'context-lost' }
  /** The context did not come back in time: the text views work, the reader can reload. */
  | { type: 'context-gone' }
  /** The map could not start (its library or worker failed); `message` is for the console. */
  | { type: 'error'; message: string };

/** The basemap's files, each of which can fail on its own while the rest of the map works. */
export type MapFile = 'basemap' | 'places' | 'country-labels';

export interface MapCallbacks {
  /** The user moved the map (not called for moves the controller made itself). */
  onCamera(camera: Camera): void;
  /** The user clicked a record (or empty map: null). */
  onSelect(id: string | null): void;
  onStatus(status: MapStatus): void;
  /** The first frame with the basemap and every data layer drawn. */
  onDataVisible(): void;
  /** The basemap files that failed to load (empty once all are back). */
  onFiles?(failed: readonly MapFile[]): void;
  /** The record under the pointer and where it is in the map (CSS pixels), or null. */
  onHover?(hit: { id: string; x: number; y: number } | null): void;
}
