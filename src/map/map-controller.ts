/**
 * The one owner of the MapLibre map. React creates it once and feeds it through `set*` methods,
 * which do nothing when given what the map already shows. Map events are bound once, here.
 *
 * MapLibre is imported lazily: its chunk and worker download in parallel with the app shell
 * (index.html preloads them) and the rest of the UI works even where the map cannot.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  LngLatBoundsLike,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LAYER_IDS, type LayerId, REGION, type RecordKind } from '../data/schema';
import type { Camera, Lang } from '../state/view-state';
import { ZOOM_RANGE } from '../state/view-state';
import { type BasemapData, loadBasemap } from './basemap/decode';
import { BASEMAP_DATA_SOURCES, basemapStyle, countryLabelField } from './basemap-style';
import { drawIcons, PIXEL_RATIO } from './icons';
import {
  DATA_LAYERS,
  INTERACTIVE_LAYERS,
  isDrawn,
  nameField,
  selectionLayers,
  sourceId,
} from './layers/data-layers';
import { TimeStates } from './time-state';

export type MapStatus =
  | { type: 'loading' }
  | { type: 'ready' }
  | { type: 'no-webgl' }
  | { type: 'error'; message: string };

export interface MapInputs {
  readonly date: number;
  readonly camera: Camera;
  readonly layers: readonly LayerId[];
  readonly hidden: readonly RecordKind[];
  readonly selected: string | null;
  readonly lang: Lang;
}

export interface MapCallbacks {
  /** The user moved the map (not called for moves the controller made itself). */
  onCamera(camera: Camera): void;
  /** The user clicked a record (or empty map: null). */
  onSelect(id: string | null): void;
  onStatus(status: MapStatus): void;
}

const BOUNDS: LngLatBoundsLike = [
  [REGION.west, REGION.south],
  [REGION.east, REGION.north],
];

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] === x);
}

export class MapController {
  private map: MapLibreMap | null = null;
  private ready = false;
  private destroyed = false;
  private inputs: MapInputs;
  private readonly data = new Map<LayerId, FeatureCollection>();
  private readonly applied = new Map<LayerId, FeatureCollection>();
  private readonly times = new Map<LayerId, TimeStates>();
  /** Whether the basemap's decoded data is in the map (in the first style or set later). */
  private basemapIn = false;
  private frame = 0;
  private appliedDate: number | null = null;
  /** Set while the controller moves the camera, so that move is not reported as the user's. */
  private moving = false;

  constructor(
    private readonly container: HTMLElement,
    initial: MapInputs,
    private readonly callbacks: MapCallbacks,
  ) {
    this.inputs = initial;
  }

  async init(): Promise<void> {
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
      },
      () => {}, // reported once the map exists (see below)
    );
    try {
      const maplibre = await import('maplibre-gl');
      if (this.destroyed) return;
      maplibre.setWorkerUrl(workerUrl);
      const { camera, lang } = this.inputs;
      const inStyle = decoded;
      const map = new maplibre.Map({
        container: this.container,
        style: this.initialStyle(lang, inStyle),
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
      });
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
      this.map = map;
      // A handle for the browser tests and the benchmark (read-only use).
      (window as unknown as { __sahelMap?: MapLibreMap }).__sahelMap = map;
      // The controller itself, for the benchmark (feeds it synthetic data and steps the day).
      (window as unknown as { __sahelController?: MapController }).__sahelController = this;
      // What the map draws in some layers at the slider's day (features hidden by their look
      // are still in the layers), for the browser tests.
      (window as unknown as { __sahelDrawn?: unknown }).__sahelDrawn = (layers: string[]) =>
        map
          .queryRenderedFeatures({ layers })
          .filter((f) => isDrawn(f.layer, f.state))
          .map((f) => f.properties);
      this.bindEvents(map);
      this.basemapIn = inStyle !== null;
      if (!inStyle) {
        basemap.then(
          (data) => this.setBasemap(map, data),
          (error: unknown) => this.basemapFailed(error),
        );
      }
    } catch (error) {
      this.callbacks.onStatus({ type: 'error', message: String(error) });
    }
  }

  /** Gives the basemap's sources their decoded data, once the style has made them. */
  private setBasemap(map: MapLibreMap, data: BasemapData): void {
    if (this.destroyed || this.map !== map) return;
    const apply = () => {
      for (const [id, key] of Object.entries(BASEMAP_DATA_SOURCES)) {
        (map.getSource(id) as GeoJSONSource | undefined)?.setData(data[key]);
      }
    };
    if (map.getSource('basemap-land')) apply();
    else map.once('style.load', apply);
    this.basemapIn = true;
    this.markWhenAllDrawn();
  }

  /** As for a source MapLibre could not load: an error before the map is ready, else logged. */
  private basemapFailed(error: unknown): void {
    if (this.destroyed) return;
    if (!this.ready) this.callbacks.onStatus({ type: 'error', message: String(error) });
    else console.error(error);
  }

  private initialStyle(lang: Lang, basemap: BasemapData | null): StyleSpecification {
    const base = basemapStyle(lang, basemap);
    const sources = { ...base.sources };
    for (const id of LAYER_IDS) {
      sources[sourceId(id)] = {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        // Feature state (each feature's look at the slider's day) is keyed by the record id.
        promoteId: 'id',
      };
    }
    const layers = [...base.layers];
    for (const id of LAYER_IDS) {
      for (const layer of DATA_LAYERS[id]) layers.push(this.withInputs(layer, id));
    }
    layers.push(...selectionLayers());
    return {
      ...base,
      sources,
      layers,
      state: {
        date: { default: this.inputs.date },
        selected: { default: this.inputs.selected ?? '' },
      },
    };
  }

  /** A data layer's own filter, plus one that leaves out the kinds the reader hid (a discrete
   * choice: the source is re-processed once, not at every slider step). */
  private filterFor(layer: LayerSpecification): FilterSpecification | undefined {
    const own = 'filter' in layer ? layer.filter : undefined;
    if (this.inputs.hidden.length === 0) return own;
    const shown: FilterSpecification = [
      '!',
      ['in', ['get', 'kind'], ['literal', [...this.inputs.hidden]]],
    ];
    return own ? ['all', own as ExpressionSpecification, shown] : shown;
  }

  /** A data layer as the initial inputs want it: visibility, kinds and label language. */
  private withInputs(spec: LayerSpecification, id: LayerId): LayerSpecification {
    const visibility: 'visible' | 'none' = this.inputs.layers.includes(id) ? 'visible' : 'none';
    const filter = this.filterFor(spec);
    const layer = (
      filter && spec.type !== 'background' ? { ...spec, filter } : spec
    ) as LayerSpecification;
    if (layer.type !== 'symbol') return { ...layer, layout: { ...layer.layout, visibility } };
    const layout = { ...layer.layout, visibility };
    if (layout['text-field'] !== undefined) layout['text-field'] = nameField(this.inputs.lang);
    return { ...layer, layout };
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
      this.applyAll();
      this.callbacks.onStatus({ type: 'ready' });
    });
    map.on('error', (e) => {
      if (!this.ready) this.callbacks.onStatus({ type: 'error', message: String(e.error) });
      else console.error(e.error);
    });
    map.on('moveend', () => {
      if (this.moving) {
        this.moving = false;
        return;
      }
      const c = map.getCenter();
      this.callbacks.onCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    });
    map.on('click', (e) => {
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
    for (const [id, fc] of this.data) this.applyData(id, fc);
    this.appliedDate = null;
    this.scheduleDate();
  }

  private applyData(id: LayerId, fc: FeatureCollection): void {
    const map = this.map;
    if (!map || !this.ready || this.applied.get(id) === fc) return;
    (map.getSource(sourceId(id)) as GeoJSONSource | undefined)?.setData(fc);
    this.applied.set(id, fc);
    this.times.set(id, new TimeStates(id, fc));
    this.appliedDate = null;
    this.scheduleDate();
    this.markWhenAllDrawn();
  }

  /** The benchmark's finish line: the first idle frame with the basemap and every data layer. */
  private markWhenAllDrawn(): void {
    const map = this.map;
    if (!map || !this.basemapIn || this.applied.size < LAYER_IDS.length) return;
    map.once('idle', () => {
      if (performance.getEntriesByName('sahel:data-visible').length === 0) {
        performance.mark('sahel:data-visible');
      }
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
      const map = this.map;
      const day = this.inputs.date;
      if (!map || !this.ready || this.appliedDate === day) return;
      for (const [id, states] of this.times) {
        const source = sourceId(id);
        states.step(day, (featureId, v) => map.setFeatureState({ source, id: featureId }, { v }));
      }
      map.setGlobalStateProperty('date', day);
      this.appliedDate = day;
    });
  }

  setData(id: LayerId, fc: FeatureCollection): void {
    if (this.data.get(id) === fc) return;
    this.data.set(id, fc);
    this.applyData(id, fc);
  }

  setDate(date: number): void {
    if (this.inputs.date === date) return;
    this.inputs = { ...this.inputs, date };
    this.scheduleDate();
  }

  setLayers(layers: readonly LayerId[]): void {
    if (sameList(layers, this.inputs.layers)) return;
    this.inputs = { ...this.inputs, layers };
    const map = this.map;
    if (!map || !this.ready) return;
    for (const id of LAYER_IDS) {
      const visibility = layers.includes(id) ? 'visible' : 'none';
      for (const layer of DATA_LAYERS[id])
        map.setLayoutProperty(layer.id, 'visibility', visibility);
    }
  }

  setHidden(hidden: readonly RecordKind[]): void {
    if (sameList(hidden, this.inputs.hidden)) return;
    this.inputs = { ...this.inputs, hidden };
    const map = this.map;
    if (!map || !this.ready) return;
    for (const id of LAYER_IDS) {
      for (const layer of DATA_LAYERS[id]) map.setFilter(layer.id, this.filterFor(layer) ?? null);
    }
  }

  setSelected(selected: string | null): void {
    if (this.inputs.selected === selected) return;
    this.inputs = { ...this.inputs, selected };
    if (this.map && this.ready) this.map.setGlobalStateProperty('selected', selected ?? '');
  }

  setLang(lang: Lang): void {
    if (this.inputs.lang === lang) return;
    this.inputs = { ...this.inputs, lang };
    const map = this.map;
    if (!map || !this.ready) return;
    map.setLayoutProperty('country-labels', 'text-field', countryLabelField(lang));
    for (const layer of ['france-labels', 'russia-labels']) {
      map.setLayoutProperty(layer, 'text-field', nameField(lang));
    }
  }

  /** Moves the camera to a state that came from the URL or the UI (not from the map). */
  setCamera(camera: Camera, animate = false): void {
    this.inputs = { ...this.inputs, camera };
    const map = this.map;
    if (!map) return;
    const c = map.getCenter();
    const same =
      Math.abs(map.getZoom() - camera.zoom) < 0.01 &&
      Math.abs(c.lat - camera.lat) < 1e-4 &&
      Math.abs(c.lng - camera.lon) < 1e-4;
    if (same) return;
    this.moving = true;
    const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (animate && !prefersReducedMotion()) map.flyTo({ ...target, duration: 800 });
    else map.jumpTo(target);
  }

  zoomBy(delta: number): void {
    this.map?.easeTo({ zoom: (this.map?.getZoom() ?? 0) + delta, duration: 250 });
  }

  /** The map instance, for tests and benchmarks only. */
  get instance(): MapLibreMap | null {
    return this.map;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.map?.remove();
    this.map = null;
  }
}
