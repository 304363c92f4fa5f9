/**
 * Which of the basemap's files failed, each on its own while the rest of the map works: the
 * topology (decoded in the page) and the two label files (loaded by MapLibre's worker). The
 * reader is told which are missing and Retry loads just those again.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapFile } from '../controller/status';
import { fillBasemap } from '../controller/style-writes';
import { type BasemapData, basemapOnce } from './decode';
import { BASEMAP_FILE_SOURCES, EMPTY } from './sources';

type LabelSource = keyof typeof BASEMAP_FILE_SOURCES;

/** Which label source each label file fills. */
const FILE_OF_SOURCE: Record<LabelSource, MapFile> = {
  'basemap-places': 'places',
  'basemap-country-labels': 'country-labels',
};

function isLabelSource(id: unknown): id is LabelSource {
  return typeof id === 'string' && id in FILE_OF_SOURCE;
}

export class BasemapFiles {
  /** The decoded topology, kept to give it again to a style rebuilt after a context loss. */
  data: BasemapData | null = null;
  /** Whether the decoded topology is in the map (in the first style or given later). */
  inMap = false;
  private readonly failed = new Set<MapFile>();
  /** Label sources given an empty stand-in after their file failed, until it has loaded. */
  private readonly emptied = new Set<LabelSource>();

  constructor(private readonly onChange: (failed: readonly MapFile[]) => void) {}

  has(file: MapFile): boolean {
    return this.failed.has(file);
  }

  failedFile(file: MapFile): void {
    if (this.failed.has(file)) return;
    this.failed.add(file);
    this.onChange([...this.failed]);
  }

  loaded(file: MapFile): void {
    if (this.failed.delete(file)) this.onChange([...this.failed]);
  }

  /** Loads and decodes the topology (once for both maps), kept in `data` once decoded. */
  load(): Promise<BasemapData> {
    const loading = basemapOnce();
    loading.then(
      (data) => {
        this.data = data;
      },
      () => {}, // the caller reports it
    );
    return loading;
  }

  /** Gives the map's sources the decoded topology, once the style has made them; `canWrite`
   * says whether the map has a style to write to (not while the GPU context is lost). */
  fill(map: MapLibreMap, data: BasemapData, canWrite: () => boolean): void {
    this.data = data;
    const apply = () => {
      if (canWrite()) fillBasemap(map, data); // else given again on restore
    };
    if (canWrite() && map.getSource('basemap-land')) apply();
    else map.once('style.load', apply);
    this.inMap = true;
    this.loaded('basemap');
  }

  /** Listens for the label files' failures and loads; any other error goes to `onOtherError`
   * (the caller decides what it means). */
  bind(map: MapLibreMap, onOtherError: (error: unknown) => void): void {
    map.on('error', (e) => {
      const source = (e as { sourceId?: unknown }).sourceId;
      const file = isLabelSource(source) ? FILE_OF_SOURCE[source] : undefined;
      console.error(`map: ${file ?? source ?? ''}: ${String(e.error?.message ?? e.error)}`);
      if (!isLabelSource(source) || !file) {
        onOtherError(e.error);
        return;
      }
      this.failedFile(file);
      // An errored source never counts as loaded, and the map would never fire 'load' (no data
      // drawn at all): it holds nothing until Retry gives it its URL again.
      this.emptied.add(source);
      (map.getSource(source) as GeoJSONSource | undefined)?.setData(EMPTY);
    });
    map.on('sourcedata', (e) => {
      if (e.sourceDataType !== 'metadata' || !isLabelSource(e.sourceId)) return;
      // The empty stand-in set after a failure loaded: the file is still missing.
      if (this.emptied.delete(e.sourceId)) return;
      this.loaded(FILE_OF_SOURCE[e.sourceId]);
    });
  }

  /** Gives the failed label files' sources their URL again: the worker loads them anew and a
   * success clears the message (see `bind`). */
  retryLabels(map: MapLibreMap): void {
    for (const [id, url] of Object.entries(BASEMAP_FILE_SOURCES)) {
      if (!isLabelSource(id) || !this.failed.has(FILE_OF_SOURCE[id])) continue;
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(url);
    }
  }
}
