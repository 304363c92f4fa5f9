/**
 * The one owner of the MapLibre map. React creates it once and feeds it through `set*` methods,
 * which do nothing when given what the map already shows. Map events are bound once, here. What
 * the style says is decided by the pure functions of `data-style.ts`; this class does the I/O.
 *
 * MapLibre is imported lazily: its chunk and worker download in parallel with the app shell
 * (index.html preloads them) and the rest of the UI works even where the map cannot.
 */
import type { FeatureCollection } from 'geojson';
import type {
  CustomLayerInterface,
  GeoJSONSource,
  LngLatBoundsLike,
  Map as MapLibreMap,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { buildLayer, type LayerData } from '../data/model';
import { LAYER_IDS, type LayerId, REGION, type RecordKind } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { type Camera, ZOOM_RANGE } from '../state/view-state';
import { prefersReducedMotion } from '../ui/media';
import { type BasemapData, loadBasemap } from './basemap/decode';
import { BASEMAP_DATA_SOURCES, BASEMAP_FILE_SOURCES } from './basemap/sources';
import {
  filterFor,
  forEachDataLayer,
  initialStyle,
  languageFields,
  type MapInputs,
} from './data-style';
import { drawIcons, PIXEL_RATIO } from './icons';
import { COMPARE_RING_LAYERS, compareFilter, compareRingLayers } from './layers/compare-rings';
import { INTERACTIVE_LAYERS, isDrawn, sourceId } from './layers/data-layers';
import { LOOK_STATE } from './look-paint';
import type { Padding, StorySite } from './story-view';
import { exposeHandle, markDataVisible } from './test-handle';
import { FeatureLooks } from './time-state';

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

/** Which label source each label file fills. */
const FILE_OF_SOURCE: Record<keyof typeof BASEMAP_FILE_SOURCES, MapFile> = {
  'basemap-places': 'places',
  'basemap-country-labels': 'country-labels',
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** How long a lost GPU context may take to come back before the reader is offered a reload. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 10_000;

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
}

/** How far the map pans past the data's region: enough for the opening view to keep the
 * overlays' room clear of Dakar's or Tripoli's site (the Atlantic, the Red Sea). */
const BOUNDS_MARGIN = 25;
const BOUNDS: LngLatBoundsLike = [
  [REGION.west - BOUNDS_MARGIN, REGION.south - BOUNDS_MARGIN],
  [REGION.east + BOUNDS_MARGIN, Math.min(80, REGION.north + BOUNDS_MARGIN)],
];

function hasWebGL(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

function maplibreCenter(c: unknown): { lat: number; lon: number } {
  if (Array.isArray(c)) return { lon: Number(c[0]), lat: Number(c[1]) };
  const o = c as { lng?: number; lon?: number; lat: number };
  return { lon: o.lng ?? o.lon ?? 0, lat: o.lat };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] === x);
}

export class MapController {
  private map: MapLibreMap | null = null;
  private ready = false;
  private destroyed = false;
  private inputs: MapInputs;
  private readonly data = new Map<LayerId, LayerData>();
  private readonly applied = new Map<LayerId, LayerData>();
  private readonly looks = new Map<LayerId, FeatureLooks>();
  /** Whether the basemap's decoded data is in the map (in the first style or set later). */
  private basemapLoaded = false;
  private frame = 0;
  private appliedDate: number | null = null;
  /** Custom layers (imported events) added before the map was ready. */
  private readonly pendingCustom: CustomLayerInterface[] = [];
  /** The sites the opening view framed (for the browser tests), and the compared records. */
  private framed: readonly StorySite[] = [];
  private highlighted: readonly string[] = [];
  private highlightShown = false;
  /** The decoded basemap, kept to give it again to a style rebuilt after a context loss. */
  private basemapData: BasemapData | null = null;
  /** While the GPU context is lost MapLibre has no style: nothing is sent to the map, the
   * inputs are kept and sent again on restore. */
  private lost = false;
  private lostTimer = 0;
  /** A camera asked for while the context was lost, applied on restore. */
  private pendingCamera: { camera: Camera; animate: boolean } | null = null;
  private readonly failedFiles = new Set<MapFile>();
  /** Label sources given an empty stand-in after their file failed, until it has loaded. */
  private readonly emptied = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    initial: MapInputs,
    private readonly callbacks: MapCallbacks,
  ) {
    this.inputs = initial;
  }

  async init(): Promise<void> {
    // MapLibre 6 draws with WebGL2 only.
    if (!hasWebGL()) {
      this.callbacks.onStatus({ type: 'no-webgl' });
      return;
    }
    this.callbacks.onStatus({ type: 'loading' });
    // The basemap's topology downloads (index.html preloads it) and decodes in parallel with
    // MapLibre: if it is ready first, it goes into the style; else `setData` brings it later.
    const basemap = loadBasemap();
    let decoded: BasemapData | null = null;
    basemap.then(
      (data) => {
        decoded = data;
        this.basemapData = data;
      },
      () => {}, // reported once the map exists (see below)
    );
    try {
      const maplibre = await import('maplibre-gl');
      if (this.destroyed) return;
      maplibre.setWorkerUrl(workerUrl);
      const { camera } = this.inputs;
      const inStyle = decoded;
      const map = new maplibre.Map({
        container: this.container,
        style: initialStyle(this.inputs, inStyle),
        center: [camera.lon, camera.lat],
        zoom: camera.zoom,
        minZoom: ZOOM_RANGE.min,
        maxZoom: ZOOM_RANGE.max,
        maxBounds: BOUNDS,
        attributionControl: false,
        hash: false, // the URL belongs to the app's codec (MapLibre's hash would wipe it)
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        fadeDuration: 0,
        canvasContextAttributes: { preserveDrawingBuffer: false },
        // The worker's own requests (the label files) carry the document's URL as referrer
        // unless told otherwise: a worker does not inherit the page's `no-referrer` meta.
        transformRequest: (url) => ({ url, referrerPolicy: 'no-referrer' }),
      });
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
      this.map = map;
      this.expose(map);
      this.bindEvents(map);
      this.basemapLoaded = inStyle !== null;
      if (!inStyle) {
        basemap.then(
          (data) => this.setBasemap(map, data),
          (error: unknown) => this.basemapFailed(error),
        );
      }
    } catch (error) {
      console.error(error);
      this.callbacks.onStatus({ type: 'error', message: String(error) });
    }
  }

  /** The map when it can take calls: created, loaded and with a GPU context. */
  private get live(): MapLibreMap | null {
    return this.map && this.ready && !this.lost ? this.map : null;
  }

  private expose(map: MapLibreMap): void {
    exposeHandle({
      map,
      drawn: (layers) =>
        this.live
          ? map
              .queryRenderedFeatures({ layers: [...layers] })
              .filter((f) => isDrawn(f.layer, f.state))
              .map((f) => f.properties)
          : [],
      drawnData: () => {
        if (!this.live) return [];
        const layers: string[] = [];
        forEachDataLayer((layer) => {
          layers.push(layer.id);
        });
        return map
          .queryRenderedFeatures({ layers })
          .filter((f) => isDrawn(f.layer, f.state))
          .map((f) => `${f.layer.id}:${String(f.properties.id)}`)
          .sort();
      },
      settled: () => !!this.live && this.frame === 0 && map.loaded() && map.areTilesLoaded(),
      day: () => Number(map.getGlobalState().date),
      camera: () => cameraOf(map),
      project: (lonLat) => map.project([lonLat[0], lonLat[1]]),
      layout: (layer, property) => map.getLayoutProperty(layer, property as 'visibility'),
      loadData: (layer, collection: FeatureCollection) =>
        this.setData(layer, buildLayer(layer, collection as never)),
      setDay: (day) => this.setDate(day),
      storySites: () => this.framed,
    });
  }

  /** Gives the basemap's sources their decoded data, once the style has made them. */
  private setBasemap(map: MapLibreMap, data: BasemapData): void {
    if (this.destroyed || this.map !== map) return;
    this.basemapData = data;
    const apply = () => {
      if (this.lost || !map.style) return; // given again on restore
      for (const [id, key] of Object.entries(BASEMAP_DATA_SOURCES)) {
        (map.getSource(id) as GeoJSONSource | undefined)?.setData(data[key]);
      }
    };
    if (!this.lost && map.getSource('basemap-land')) apply();
    else map.once('style.load', apply);
    this.basemapLoaded = true;
    this.fileLoaded('basemap');
    this.markWhenAllDrawn();
  }

  /** The basemap's topology failed (HTTP error, truncated, offline): the reader is told and
   * can retry; the data layers still draw, over water. */
  private basemapFailed(error: unknown): void {
    if (this.destroyed) return;
    console.error(error);
    this.fileFailed('basemap');
  }

  private fileFailed(file: MapFile): void {
    if (this.failedFiles.has(file)) return;
    this.failedFiles.add(file);
    this.callbacks.onFiles?.([...this.failedFiles]);
  }

  private fileLoaded(file: MapFile): void {
    if (!this.failedFiles.delete(file)) return;
    this.callbacks.onFiles?.([...this.failedFiles]);
  }

  /** Tries the failed basemap files again. */
  retryFiles(): void {
    const map = this.map;
    if (!map) return;
    if (this.failedFiles.has('basemap')) {
      loadBasemap().then(
        (data) => this.setBasemap(map, data),
        (error: unknown) => console.error(error),
      );
    }
    // Not `live`: a label file that failed can keep the map from ever firing 'load'.
    const live = !this.lost && map.style ? map : null;
    if (!live) return;
    for (const [id, url] of Object.entries(BASEMAP_FILE_SOURCES)) {
      const file = FILE_OF_SOURCE[id as keyof typeof BASEMAP_FILE_SOURCES];
      if (!this.failedFiles.has(file)) continue;
      // Loaded again by the worker; a success clears the message (see `bindEvents`).
      (live.getSource(id) as GeoJSONSource | undefined)?.setData(url);
    }
  }

  private bindEvents(map: MapLibreMap): void {
    const icons = drawIcons();
    // MapLibre 6 asks a resolver for images that are not in the style (event listeners can no
    // longer supply them in time): the icons are drawn on a canvas, no sprite to download.
    map.setMissingStyleImageResolver((id) => {
      const image = icons.get(id);
      if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
    });
    map.on('load', () => {
      this.ready = true;
      for (const layer of this.pendingCustom.splice(0)) this.addCustomLayer(layer);
      this.applyAll();
      this.applyHighlight();
      this.callbacks.onStatus({ type: 'ready' });
      this.reportForcedCamera(map);
    });
    map.on('error', (e) => {
      const source = (e as { sourceId?: unknown }).sourceId;
      const file =
        typeof source === 'string' && source in FILE_OF_SOURCE
          ? FILE_OF_SOURCE[source as keyof typeof FILE_OF_SOURCE]
          : undefined;
      console.error(`map: ${file ?? source ?? ''}: ${String(e.error?.message ?? e.error)}`);
      if (file) {
        this.fileFailed(file);
        // An errored source never counts as loaded, and the map would never fire 'load' (no
        // data drawn at all): it holds nothing until Retry gives it its URL again.
        this.emptied.add(source as string);
        (map.getSource(source as string) as GeoJSONSource | undefined)?.setData(EMPTY);
      } else if (!this.ready) this.callbacks.onStatus({ type: 'error', message: String(e.error) });
    });
    map.on('sourcedata', (e) => {
      if (e.sourceDataType !== 'metadata' || !(e.sourceId in FILE_OF_SOURCE)) return;
      // The empty stand-in set after a failure loaded: the file is still missing.
      if (this.emptied.delete(e.sourceId)) return;
      this.fileLoaded(FILE_OF_SOURCE[e.sourceId as keyof typeof FILE_OF_SOURCE]);
    });
    map.on('webglcontextlost', () => this.contextLost());
    map.on('webglcontextrestored', () => this.contextRestored(map));
    // Only the reader's moves are reported (a gesture, a key, a wheel, the zoom buttons): not
    // the controller's own jumps and flights, nor a resize of the window, so that the link keeps
    // the camera it was opened with until the reader moves the map.
    map.on('moveend', (e: { originalEvent?: unknown; fromControls?: boolean }) => {
      if (e.originalEvent || e.fromControls) this.callbacks.onCamera(cameraOf(map));
    });
    map.on('click', (e) => {
      if (!this.live) return; // no style to query while the context is lost
      // Every feature is in every time layer; only the one drawn at the day counts.
      const hit = map
        .queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS })
        .find((f) => isDrawn(f.layer, f.state));
      const id = hit?.properties?.id;
      this.callbacks.onSelect(typeof id === 'string' ? id : null);
    });
    for (const layer of INTERACTIVE_LAYERS) {
      map.on('mouseenter', layer, () => {
        map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', layer, () => {
        map.getCanvas().style.cursor = '';
      });
    }
  }

  private applyAll(): void {
    for (const [id, layer] of this.data) this.applyData(id, layer);
    this.appliedDate = null;
    this.scheduleDate();
  }

  /** The device dropped the GPU context: MapLibre has destroyed its style (every call to it
   * would throw) and will rebuild it, without feature state, if the context comes back. */
  private contextLost(): void {
    if (this.destroyed) return;
    this.lost = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.callbacks.onStatus({ type: 'context-lost' });
    window.clearTimeout(this.lostTimer);
    this.lostTimer = window.setTimeout(() => {
      if (this.lost && !this.destroyed) this.callbacks.onStatus({ type: 'context-gone' });
    }, CONTEXT_RESTORE_TIMEOUT_MS);
  }

  /** The context is back and MapLibre rebuilds the style from its snapshot: once it is
   * loaded, everything the view says is sent again (looks, date, selection, kinds, language,
   * layers, and any data or camera that arrived meanwhile). */
  private contextRestored(map: MapLibreMap): void {
    if (this.destroyed || this.map !== map) return;
    window.clearTimeout(this.lostTimer);
    const resend = () => {
      if (this.destroyed || this.map !== map) return;
      this.lost = false;
      if (!this.ready) return; // the first 'load' applies everything
      this.resendAll(map);
      this.callbacks.onStatus({ type: 'ready' });
    };
    // The rebuilt style loads its sources again in the worker: wait until it has.
    // ('idle' counts too: a source that fails again must not keep the rest from coming back.)
    let done = false;
    const onData = (e?: { type?: string }) => {
      if (done || !map.style || (e?.type !== 'idle' && !map.isStyleLoaded())) return;
      done = true;
      map.off('data', onData);
      map.off('idle', onData);
      resend();
    };
    map.on('data', onData);
    map.on('idle', onData);
    onData();
  }

  private resendAll(map: MapLibreMap): void {
    const { layers, hidden, selected, lang } = this.inputs;
    forEachDataLayer((layer, id) => {
      map.setLayoutProperty(layer.id, 'visibility', layers.includes(id) ? 'visible' : 'none');
      map.setFilter(layer.id, filterFor(layer, hidden) ?? null);
    });
    for (const [layer, field] of languageFields(lang)) {
      map.setLayoutProperty(layer, 'text-field', field);
    }
    map.setGlobalStateProperty('selected', selected ?? '');
    if (this.basemapData) {
      for (const [id, key] of Object.entries(BASEMAP_DATA_SOURCES)) {
        (map.getSource(id) as GeoJSONSource | undefined)?.setData(this.basemapData[key]);
      }
    }
    // The rebuilt style has no feature state: every look is sent again.
    for (const looks of this.looks.values()) looks.reset();
    if (this.pendingCamera) {
      const { camera, animate } = this.pendingCamera;
      this.pendingCamera = null;
      this.setCamera(camera, animate);
    }
    for (const layer of this.pendingCustom.splice(0)) this.addCustomLayer(layer);
    this.applyAll();
  }

  private applyData(id: LayerId, layer: LayerData): void {
    const map = this.live;
    if (!map || this.applied.get(id) === layer) return;
    (map.getSource(sourceId(id)) as GeoJSONSource | undefined)?.setData(layer.geojson);
    this.applied.set(id, layer);
    this.looks.set(id, new FeatureLooks(layer.records));
    this.appliedDate = null;
    this.scheduleDate();
    this.markWhenAllDrawn();
  }

  /** The e2e tests' and the benchmark's finish line: the first idle frame with the basemap
   * and every data layer. */
  private markWhenAllDrawn(): void {
    const map = this.map;
    if (!map || !this.basemapLoaded || this.applied.size < LAYER_IDS.length) return;
    map.once('idle', () => {
      markDataVisible();
      this.callbacks.onDataVisible();
    });
  }

  /**
   * At most one update per animation frame, however fast the slider moves: each data source's
   * features whose look changed get their new feature state (see `time-state.ts`). The day is
   * also kept in the map's global state, which no layer reads (so it costs nothing): it tells
   * the browser tests and the benchmark which day the map shows.
   */
  private scheduleDate(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const map = this.live;
      const day = this.inputs.date;
      if (!map || this.appliedDate === day) return;
      for (const [id, looks] of this.looks) {
        const source = sourceId(id);
        looks.step(day, (featureId, look) =>
          map.setFeatureState({ source, id: featureId }, { [LOOK_STATE]: look }),
        );
      }
      map.setGlobalStateProperty('date', day);
      this.appliedDate = day;
    });
  }

  setData(id: LayerId, layer: LayerData): void {
    if (this.data.get(id) === layer) return;
    this.data.set(id, layer);
    this.applyData(id, layer);
  }

  setDate(date: number): void {
    if (this.inputs.date === date) return;
    this.inputs = { ...this.inputs, date };
    this.scheduleDate();
  }

  setLayers(layers: readonly LayerId[]): void {
    if (sameList(layers, this.inputs.layers)) return;
    this.inputs = { ...this.inputs, layers };
    const map = this.live;
    if (!map) return;
    forEachDataLayer((layer, id) => {
      map.setLayoutProperty(layer.id, 'visibility', layers.includes(id) ? 'visible' : 'none');
    });
  }

  setHidden(hidden: readonly RecordKind[]): void {
    if (sameList(hidden, this.inputs.hidden)) return;
    this.inputs = { ...this.inputs, hidden };
    const map = this.live;
    if (!map) return;
    forEachDataLayer((layer) => {
      map.setFilter(layer.id, filterFor(layer, hidden) ?? null);
    });
  }

  setSelected(selected: string | null): void {
    if (this.inputs.selected === selected) return;
    this.inputs = { ...this.inputs, selected };
    this.live?.setGlobalStateProperty('selected', selected ?? '');
  }

  setLang(lang: Lang): void {
    if (this.inputs.lang === lang) return;
    this.inputs = { ...this.inputs, lang };
    const map = this.live;
    if (!map) return;
    for (const [layer, field] of languageFields(lang)) {
      map.setLayoutProperty(layer, 'text-field', field);
    }
  }

  /**
   * Moves the camera to a state that came from the URL or the UI (not from the map). The
   * tolerances are below what a link keeps (0.01 zoom, 0.001°), so a camera read back from a
   * link is "the same" as the one that wrote it and causes no move.
   */
  setCamera(camera: Camera, animate = false): void {
    this.inputs = { ...this.inputs, camera };
    const map = this.map;
    if (!map) return;
    if (this.lost) {
      this.pendingCamera = { camera, animate };
      return;
    }
    const c = map.getCenter();
    const same =
      Math.abs(map.getZoom() - camera.zoom) < 0.01 &&
      Math.abs(c.lat - camera.lat) < 1e-4 &&
      Math.abs(c.lng - camera.lon) < 1e-4;
    if (same) return;
    const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (animate && !prefersReducedMotion()) map.flyTo({ ...target, duration: 800 });
    else map.jumpTo(target);
  }

  /** The camera that shows some sites with the overlays' room kept clear, or null (no map, no
   * site). The camera is not moved: the caller writes it to the store. */
  frameSites(
    sites: readonly StorySite[],
    padding: Padding,
    bounds: LngLatBoundsLike,
  ): Camera | null {
    const map = this.map;
    if (!map || sites.length === 0) return null;
    const { width, height } = map.getContainer().getBoundingClientRect();
    // Too little room left between the overlays: fit without them rather than not at all.
    const room =
      width - padding.left - padding.right > 80 && height - padding.top - padding.bottom > 80;
    const found = map.cameraForBounds(bounds, { padding: room ? padding : 20, maxZoom: 6 });
    if (!found?.center) return null;
    this.framed = sites;
    const center = maplibreCenter(found.center);
    return { zoom: Math.max(ZOOM_RANGE.min, found.zoom ?? map.getZoom()), ...center };
  }

  /** Rings the records that changed in a comparison's period (none: no ring). */
  setHighlight(ids: readonly string[]): void {
    if (sameList(ids, this.highlighted)) return;
    this.highlighted = ids;
    this.applyHighlight();
  }

  private applyHighlight(): void {
    const map = this.map;
    if (!map || !this.ready) return;
    if (!this.highlightShown) {
      if (this.highlighted.length === 0) return;
      for (const layer of compareRingLayers(this.highlighted)) map.addLayer(layer);
      this.highlightShown = true;
      return;
    }
    for (const id of COMPARE_RING_LAYERS) map.setFilter(id, compareFilter(this.highlighted));
  }

  /** A copy of the map as drawn now, for the image export: the copy is made in the frame that
   * draws it (the WebGL buffer is not kept after a frame is shown). */
  capture(): Promise<HTMLCanvasElement> {
    const map = this.map;
    if (!map) return Promise.reject(new Error('no map'));
    return new Promise((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  }

  /** The map's width in CSS pixels (its canvas is in device pixels). */
  cssWidth(): number {
    return this.map?.getContainer().getBoundingClientRect().width ?? 0;
  }

  zoomBy(delta: number): void {
    if (this.lost) return;
    const map = this.map;
    map?.easeTo({ zoom: map.getZoom() + delta, duration: 250 }, { fromControls: true });
  }

  /**
   * The camera in the link is the camera shown: where the window forces another view than the
   * link's (a wide window cannot show zoom 3.6 inside the map's bounds), the shown one is
   * reported once, on open, and the link says what the reader sees. A later resize changes
   * nothing until the reader moves the map.
   */
  private reportForcedCamera(map: MapLibreMap): void {
    const shown = cameraOf(map);
    const asked = this.inputs.camera;
    // Below what a link keeps (0.01 zoom, 0.001°) the two are the same camera.
    const moved =
      Math.abs(shown.zoom - asked.zoom) >= 0.005 ||
      Math.abs(shown.lat - asked.lat) >= 0.0005 ||
      Math.abs(shown.lon - asked.lon) >= 0.0005;
    if (moved) this.callbacks.onCamera(shown);
  }

  /** A custom layer (the imported events), drawn under the curated data layers. */
  addCustomLayer(layer: CustomLayerInterface): void {
    const map = this.map;
    // While the GPU context is lost there is no style: added once it is rebuilt (`resendAll`).
    if (!map || !this.ready || this.lost) {
      if (!this.pendingCustom.includes(layer)) this.pendingCustom.push(layer);
      return;
    }
    if (map.getLayer(layer.id)) return;
    let below: string | undefined;
    forEachDataLayer((spec) => {
      if (!below && map.getLayer(spec.id)) below = spec.id;
    });
    map.addLayer(layer, below);
  }

  removeCustomLayer(id: string): void {
    const i = this.pendingCustom.findIndex((l) => l.id === id);
    if (i >= 0) this.pendingCustom.splice(i, 1);
    if (this.map?.getLayer(id)) this.map.removeLayer(id);
  }

  /** The map, for a custom layer's own events (clicks, a restored context). */
  get instance(): MapLibreMap | null {
    return this.map;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    window.clearTimeout(this.lostTimer);
    this.map?.remove();
    this.map = null;
  }
}
