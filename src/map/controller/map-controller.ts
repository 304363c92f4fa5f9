/**
 * The one owner of the MapLibre map and of every map event. React creates it once and feeds it
 * the view through `update`, which sends only what the map does not show yet. What the style says is decided by the
 * pure functions of `../style/`; this class and its helpers in this folder do the I/O. MapLibre is imported lazily: the rest of the UI works
 * even where the map cannot.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerData } from '../../data/model';
import type { LayerId } from '../../data/schema';
import type { Camera } from '../../state/view-state';
import { prefersReducedMotion } from '../../ui/media';
import type { BasemapData } from '../basemap/decode';
import { BasemapFiles } from '../basemap/files';
import { type MapReadings, markDataVisible } from '../handle/contract';
import { maplibreReadings } from '../handle/expose';
import type { MapHost, PickableLayer } from '../host';
import { type Frame, OpeningFrame } from '../story/opening-frame';
import type { StorySite } from '../story/story-sites';
import { sameMarks } from '../style/handover-marks';
import { initialStyle, type MapInputs } from '../style/view-style';
import { cameraOf, LINK_TOLERANCE, MOVE_TOLERANCE, sameCamera } from './camera';
import { cannotDraw, captureMap, createMap, hasWebGL2 } from './create-map';
import { CustomLayers } from './custom-layers';
import { DataSources } from './data-sources';
import { GpuContext } from './gpu-context';
import { loadMapLibre } from './load-maplibre';
import { bindReaderEvents } from './reader-events';
import type { MapCallbacks } from './status';
import * as write from './style-writes';

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] === x);
}

const NO_MOVE = { moveCamera: false, animate: false } as const;

export class MapController implements MapHost {
  private map: MapLibreMap | null = null;
  /** The style has loaded: the map takes data, feature state and layer changes. */
  private styled = false;
  private ready = false; // the first full render is done ('load')
  private destroyed = false;
  private readonly sources = new DataSources(
    () => this.live,
    () => this.inputs.date,
    () => this.markWhenAllDrawn(),
  );
  private readonly custom = new CustomLayers(() => this.live);
  private readonly opening = new OpeningFrame();
  /** What the test handle reads of this map, once it is made. */
  readings: MapReadings | null = null;
  /** A camera asked for while the GPU context was lost, applied on restore. */
  private pendingCamera: { camera: Camera; animate: boolean } | null = null;
  private readonly files = new BasemapFiles((failed) => this.callbacks.onFiles?.(failed));
  /** While the GPU context is lost MapLibre has no style: nothing is sent to the map, the
   * inputs are kept and sent again on restore. */
  private readonly context = new GpuContext({
    onLost: () => {
      this.sources.painter.cancel();
      this.callbacks.onStatus({ type: 'context-lost' });
    },
    onGone: () => this.callbacks.onStatus({ type: 'context-gone' }),
    onRestored: () => {
      if (!this.styled || !this.map) return; // the first 'style.load' applies everything
      this.resendAll(this.map);
      this.callbacks.onStatus({ type: 'ready' });
    },
  });

  constructor(
    private readonly container: HTMLElement,
    private inputs: MapInputs,
    private readonly callbacks: MapCallbacks,
  ) {}

  async init(): Promise<void> {
    if (!hasWebGL2()) {
      this.callbacks.onStatus({ type: 'no-webgl' });
      return;
    }
    this.callbacks.onStatus({ type: 'loading' });
    // The basemap's topology downloads and decodes in parallel with MapLibre: if it is ready
    // first, it goes into the style; else `setBasemap` brings it later.
    const basemap = this.files.load(); // a failure is reported once the map exists
    try {
      const maplibre = await loadMapLibre();
      if (this.destroyed) return;
      const inStyle = this.files.data;
      const map = createMap(
        maplibre,
        this.container,
        this.inputs.camera,
        initialStyle(this.inputs, inStyle),
      );
      this.opening.place(map);
      this.map = map;
      this.readings = maplibreReadings(map, this);
      this.bindEvents(map);
      this.files.inMap = inStyle !== null;
      if (!inStyle) {
        basemap.then(
          (data) => this.setBasemap(map, data),
          (error: unknown) => {
            if (this.destroyed) return;
            console.error(error);
            this.files.failedFile('basemap');
          },
        );
      }
    } catch (error) {
      if (cannotDraw(error)) return this.callbacks.onStatus({ type: 'no-webgl' });
      console.error(error);
      this.callbacks.onStatus({ type: 'error', message: String(error) });
    }
  }

  /** MapLibre's map, once made (the benchmark's own layers). */
  get maplibre(): MapLibreMap | null {
    return this.map;
  }

  /** The map when it can take calls: created, its style loaded, with a GPU context. */
  get live(): MapLibreMap | null {
    return this.map && this.styled && !this.context.lost ? this.map : null;
  }

  get pendingFrame(): boolean {
    return this.sources.painter.pending;
  }

  private setBasemap(map: MapLibreMap, data: BasemapData): void {
    if (this.destroyed || this.map !== map) return;
    this.files.fill(map, data, () => !this.context.lost && !!map.style);
    this.markWhenAllDrawn();
  }

  /** Tries the failed basemap files again. */
  retryFiles(): void {
    const map = this.map;
    if (!map) return;
    if (this.files.has('basemap')) {
      this.files.load().then((data) => this.setBasemap(map, data), console.error);
    }
    // Not `live`: a label file that failed can keep the map from ever firing 'load'.
    if (!this.context.lost && map.style) this.files.retryLabels(map);
  }

  private bindEvents(map: MapLibreMap): void {
    // The style takes data and feature state once parsed, before its first full render: the
    // data's tiles are made with the basemap's, not after them (0.75 s of a first load).
    map.once('style.load', () => {
      this.styled = true;
      write.viewInputs(map, this.inputs); // what changed since the style was built
      this.custom.flush();
      this.sources.applyAll();
    });
    map.on('load', () => {
      this.ready = true;
      this.callbacks.onStatus({ type: 'ready' });
      // Where the window forces another view than the link's (a wide window cannot show zoom
      // 3.6 inside the map's bounds), the shown camera is reported once, on open, so that the
      // link says what the reader sees. A later resize changes nothing until the reader moves.
      const shown = cameraOf(map);
      if (!sameCamera(shown, this.inputs.camera, LINK_TOLERANCE)) this.callbacks.onCamera(shown);
    });
    this.files.bind(map, (error) => {
      if (!this.ready) this.callbacks.onStatus({ type: 'error', message: String(error) });
    });
    this.context.bind(map);
    bindReaderEvents(map, {
      ...this.callbacks,
      live: () => this.live !== null,
      onMiss: (at) => this.custom.pick(at),
      onHit: () => this.custom.unpickAll(),
    });
  }

  /** After a context loss: everything the view says is sent again (looks, date, selection,
   * kinds, language, layers, and any data or camera that arrived meanwhile). */
  private resendAll(map: MapLibreMap): void {
    write.viewInputs(map, this.inputs);
    if (this.files.data) write.fillBasemap(map, this.files.data);
    this.sources.forget();
    if (this.pendingCamera) {
      const { camera, animate } = this.pendingCamera;
      this.pendingCamera = null;
      this.moveCamera(camera, animate);
    }
    this.custom.flush();
    this.sources.applyAll();
  }

  /** The e2e tests' and the benchmark's finish line: the first idle frame with the basemap
   * and every data layer. */
  private markWhenAllDrawn(): void {
    const map = this.map;
    if (!map || !this.files.inMap || !this.sources.complete) return;
    map.once('idle', () => {
      markDataVisible();
      this.callbacks.onDataVisible();
    });
  }

  setData(id: LayerId, layer: LayerData): void {
    this.sources.set(id, layer);
  }

  /** The view, whole, each time it changes: only what differs from what the map shows is sent
   * (after react-map-gl's `setProps`). `moveCamera` is false for a change that came from the map
   * itself (it is already there); `animate` flies rather than jumps. */
  update(next: MapInputs, options: { moveCamera: boolean; animate: boolean }): void {
    const was = this.inputs;
    this.inputs = next;
    if (was.date !== next.date) this.sources.painter.schedule();
    const map = this.live;
    if (map) {
      if (!sameList(was.layers, next.layers)) write.showLayers(map, next.layers);
      if (!sameList(was.hidden, next.hidden)) write.hideKinds(map, next.hidden);
      if (was.selected !== next.selected) write.select(map, next.selected);
      if (was.lang !== next.lang) write.labelIn(map, next.lang);
      if (!sameList(was.rings, next.rings)) write.ringRecords(map, next.rings);
      if (!sameMarks(was.handovers ?? [], next.handovers ?? []))
        write.markHandovers(map, next.handovers ?? []);
    }
    if (options.moveCamera) this.moveCamera(next.camera, options.animate);
  }

  /** Sets the day alone (the benchmark's and the tests' handle steps the slider this way). */
  setDate(date: number): void {
    if (date !== this.inputs.date) this.update({ ...this.inputs, date }, NO_MOVE);
  }

  /** Moves the camera to a state that came from the URL or the UI (not from the map); a
   * camera the map already shows causes no move. */
  private moveCamera(camera: Camera, animate: boolean): void {
    const map = this.map;
    if (!map) return;
    if (this.context.lost) {
      this.pendingCamera = { camera, animate };
      return;
    }
    if (sameCamera(cameraOf(map), camera, MOVE_TOLERANCE)) return;
    const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (animate && !prefersReducedMotion()) map.flyTo({ ...target, duration: 800 });
    else map.jumpTo(target);
  }

  /** Shows a camera exactly, not as the reader's move (the light map hands over where the
   * reader left it). */
  jump(camera: Camera): void {
    const map = this.map;
    if (!map || this.context.lost) return;
    map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /** The camera that shows some sites with the overlays' room kept clear, or null (no site).
   * Asked before the map exists, the map opens on it (`opening-frame.ts`); else the map is not
   * moved: the caller writes the camera to the store. */
  frameSites(frame: Frame): Promise<Camera | null> {
    return this.opening.ask(this.map, frame);
  }

  /** The sites the opening view framed (for the browser tests). */
  get framed(): readonly StorySite[] {
    return this.opening.framed;
  }

  capture(): Promise<HTMLCanvasElement> {
    return this.map ? captureMap(this.map) : Promise.reject(new Error('no map'));
  }

  /** The map's width in CSS pixels (its canvas is in device pixels). */
  cssWidth(): number {
    return this.map?.getContainer().getBoundingClientRect().width ?? 0;
  }

  zoomBy(delta: number): void {
    const map = this.map;
    if (this.context.lost || !map) return;
    map.easeTo({ zoom: map.getZoom() + delta, duration: 250 }, { fromControls: true });
  }

  addCustomLayer(layer: PickableLayer): void {
    this.custom.add(layer);
  }

  removeCustomLayer(id: string): void {
    this.custom.remove(id, this.map);
  }

  destroy(): void {
    this.destroyed = true;
    this.sources.painter.cancel();
    this.context.dispose();
    this.map?.remove();
    this.map = null;
  }
}
