/**
 * The page's two maps and the handover between them: the light map draws first (as soon as the
 * basemap, its label files and the map file are in and the opening camera is known). MapLibre's
 * chunk and the data files are fetched once those files are in, and run once the first map is
 * drawn, so that nothing competes with the first picture for the link or the CPU; MapLibre takes
 * over on its first frame with the data, where the reader left the light map, with a short
 * cross-fade. Where MapLibre cannot draw (no WebGL, a failed start, a GPU gone for good)
 * the light map stays, or comes back. The view goes to both maps; a move from the map in front is
 * followed by the other one, not echoed back to it. The test handle reads the map in front.
 */
import { DATA_URLS } from '../../data/files';
import type { MapLayer } from '../../data/map-file';
import { buildLayer, type LayerData } from '../../data/model';
import type { LayerId } from '../../data/schema';
import type { Camera, Change } from '../../state/view-state';
import { basemapOnce } from '../basemap/decode';
import { hasWebGL2 } from '../controller/create-map';
import { prefetchMapLibre } from '../controller/load-maplibre';
import { MapController } from '../controller/map-controller';
import type { MapFile, MapStatus } from '../controller/status';
import { exposeHandle, type MapReadings, markFirstMap, type ShownMap } from '../handle/contract';
import type { MapHost, PickableLayer } from '../host';
import type { Frame } from '../story/opening-frame';
import { type MapInputs, siteIconLayers } from '../style/view-style';
import { LABEL_SOURCES, loadLabels, preload } from './files';
import { lightReadings } from './handle';
import { LightMap } from './light-map';
import type { Mark } from './scene';

export interface TwoMapsCallbacks {
  onCamera(camera: Camera): void;
  onSelect(id: string | null): void;
  /** MapLibre's status. */
  onStatus(status: MapStatus): void;
  /** Which map the reader sees. */
  onShown(shown: ShownMap): void;
  /** The first map is drawn, or cannot be: the data files and MapLibre may come now. */
  onFirstMap(): void;
  /** The first view is on screen (a map with the data, or the text views): the precache may
   * start. */
  onFirstView(): void;
  onFiles(failed: readonly MapFile[]): void;
  /** The record under the pointer on MapLibre's map and where (CSS pixels), or null. */
  onHover(hit: { id: string; x: number; y: number } | null): void;
}

const GIVEN_UP: readonly MapStatus['type'][] = ['no-webgl', 'error', 'context-gone'];

const SITE_LAYERS = new Set(siteIconLayers());
const siteCount = (marks: readonly Mark[]) =>
  marks.filter((m) => m.type === 'icon' && SITE_LAYERS.has(m.layer)).length;

export class TwoMaps implements MapHost {
  readonly controller: MapController;
  private readonly light: LightMap | null;
  private shown: ShownMap = 'none';
  private status: MapStatus = { type: 'loading' };
  private released = false;
  private lightDrew = false;
  private handingOver = 0;
  private destroyed = false;

  constructor(
    container: HTMLElement,
    inputs: MapInputs,
    private readonly on: TwoMapsCallbacks,
  ) {
    this.light = LightMap.create(container, inputs, {
      onCamera: (camera) => this.on.onCamera(camera),
      onSelect: (id) => this.on.onSelect(id),
      onFirstMap: (marks) => this.lightFirstMap(marks),
    });
    this.controller = new MapController(container, inputs, {
      onCamera: (camera) => this.on.onCamera(camera),
      onSelect: (id) => this.on.onSelect(id),
      onStatus: (status) => this.mapLibreStatus(status),
      onDataVisible: () => this.dataVisible(),
      onFiles: (failed) => this.on.onFiles(failed),
      onHover: (hit) => this.on.onHover(hit),
    });
    this.expose();
  }

  /** Starts the light map's files, or MapLibre at once where there is no light map. */
  init(): void {
    const light = this.light;
    if (!light) {
      this.release();
      return;
    }
    const basemap = basemapOnce().then(
      (data) => light.setBasemap(data),
      () => this.release(), // MapLibre reports the missing basemap
    );
    const labels = LABEL_SOURCES.map((source) =>
      loadLabels(source).then(
        (file) => light.setLabels(source, file),
        () => light.setLabels(source, null), // without these names; MapLibre reports the file
      ),
    );
    // The first map's files are in: the link is free for what comes after the first picture,
    // fetched now and run once it is drawn.
    void Promise.all([basemap, ...labels]).then(() => {
      if (this.destroyed) return;
      if (hasWebGL2()) prefetchMapLibre(); // not where MapLibre cannot draw at all
      for (const url of Object.values(DATA_URLS)) preload(url);
    });
  }

  /** The records the light map draws: the map file's, then the data files' once loaded. */
  setLayers(layers: readonly MapLayer[]): void {
    this.light?.setLayers(layers);
  }

  /** The map file could not be had: the first map waits for the data files. */
  noMapFile(): void {
    this.release();
  }

  setData(id: LayerId, layer: LayerData): void {
    this.controller.setData(id, layer);
  }

  /** The view, each time it changes. A change the map in front made is followed by the other
   * map only; the map behind never animates. */
  update(next: MapInputs, change: Pick<Change, 'origin' | 'animate'>): void {
    const fromMap = change.origin === 'map';
    this.light?.update(next, {
      moveCamera: !fromMap || this.shown !== 'light',
      animate: change.animate && this.shown === 'light',
    });
    this.controller.update(next, {
      moveCamera: !fromMap || this.shown !== 'maplibre',
      animate: change.animate && this.shown === 'maplibre',
    });
  }

  /** The opening view: the camera that frames the story's sites (null: no frame, the link's
   * camera stays). The light map opens on it, or MapLibre where there is no light map. */
  frameSites(frame: Frame | null): Promise<Camera | null> {
    const light = this.light;
    if (!light) return frame ? this.controller.frameSites(frame) : Promise.resolve(null);
    const camera = frame ? light.fit(frame) : null;
    if (camera) light.update({ ...light.view, camera }, { moveCamera: true, animate: false });
    light.open();
    return Promise.resolve(camera);
  }

  zoomBy(delta: number): void {
    if (this.shown === 'light') this.light?.zoomBy(delta);
    else this.controller.zoomBy(delta);
  }

  retryFiles(): void {
    this.controller.retryFiles();
    const light = this.light;
    if (light && !this.lightDrew)
      basemapOnce().then((data) => light.setBasemap(data), console.error);
  }

  capture(): Promise<HTMLCanvasElement> {
    if (this.shown === 'light' && this.light) return Promise.resolve(this.light.capture());
    return this.controller.capture();
  }

  cssWidth(): number {
    return this.shown === 'light' && this.light
      ? this.light.mapSize.width
      : this.controller.cssWidth();
  }

  addCustomLayer(layer: PickableLayer): void {
    this.controller.addCustomLayer(layer);
  }

  removeCustomLayer(id: string): void {
    this.controller.removeCustomLayer(id);
  }

  destroy(): void {
    this.destroyed = true;
    window.clearTimeout(this.handingOver);
    this.light?.destroy();
    this.controller.destroy();
  }

  private setShown(shown: ShownMap): void {
    if (this.shown === shown) return;
    this.shown = shown;
    this.on.onShown(shown);
  }

  /** The data files and MapLibre come after the first picture (or at once without one). */
  private release(): void {
    if (this.released || this.destroyed) return;
    this.released = true;
    this.on.onFirstMap();
    void this.controller.init();
  }

  private lightFirstMap(marks: readonly Mark[]): void {
    this.lightDrew = true;
    markFirstMap({ map: 'light', sites: siteCount(marks) });
    if (this.shown === 'none') this.setShown('light');
    if (GIVEN_UP.includes(this.status.type)) this.on.onFirstView();
    this.release();
  }

  private mapLibreStatus(status: MapStatus): void {
    this.status = status;
    this.on.onStatus(status);
    if (!GIVEN_UP.includes(status.type)) return;
    const light = this.light;
    if (light) {
      // The light map stays, or comes back where MapLibre left the camera.
      window.clearTimeout(this.handingOver);
      light.setHidden(false);
      if (this.shown === 'maplibre') this.setShown('light');
      if (this.lightDrew) this.on.onFirstView();
    } else this.on.onFirstView();
  }

  private dataVisible(): void {
    markFirstMap({ map: 'maplibre', sites: 0 });
    this.on.onFirstView();
    this.handOver();
  }

  /** MapLibre takes over where the reader left the light map, once no gesture is under way. */
  private handOver(): void {
    const light = this.light;
    if (this.destroyed || this.status.type !== 'ready') return;
    if (!light || this.shown === 'none') {
      light?.setHidden(true);
      this.setShown('maplibre');
      return;
    }
    if (light.busy) {
      this.handingOver = window.setTimeout(() => this.handOver(), 50);
      return;
    }
    this.controller.jump(light.camera);
    light.setHidden(true); // fades out (map.css)
    this.setShown('maplibre');
  }

  private expose(): void {
    const light = this.light ? lightReadings(this.light) : null;
    const front = (): MapReadings | null =>
      this.shown === 'maplibre' || !light ? this.controller.readings : light;
    const read = (): MapReadings => {
      const readings = front();
      if (!readings) throw new Error('no map yet');
      return readings;
    };
    const controller = this.controller;
    exposeHandle({
      shown: () => this.shown,
      get map() {
        return controller.maplibre;
      },
      loadData: (layer, collection) =>
        controller.setData(layer, buildLayer(layer, collection as never)),
      drawn: (layers) => read().drawn(layers),
      drawnData: () => read().drawnData(),
      drawnSites: () => read().drawnSites(),
      settled: () => front()?.settled() ?? false,
      day: () => read().day(),
      camera: () => read().camera(),
      project: (at) => read().project(at),
      layout: (layer, property) => read().layout(layer, property),
      setDay: (day) => read().setDay(day),
      // The opening view is framed once, by the light map where there is one.
      storySites: () => (this.light?.framed.length ? this.light.framed : read().storySites()),
    });
  }
}
