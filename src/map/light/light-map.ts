/**
 * The light map: the basemap and the day's records on a plain 2D canvas, drawn before MapLibre
 * has arrived and kept where MapLibre cannot draw. It has MapLibre's camera (`mercator.ts`: the
 * same world, bounds and zoom range), its looks (`scene.ts`, `paint-*.ts`: the same layer specs),
 * its clicks (`hit.ts`) and the reader's gestures (`gestures.ts`). It draws at most once per
 * animation frame, and nothing until the opening camera is known (the link's, or the story's
 * frame), so that the first picture is the one the reader keeps.
 */
import type { FeatureCollection } from 'geojson';
import type { MapLayer } from '../../data/map-file';
import type { Lang } from '../../i18n/lang';
import { type Camera, ZOOM_RANGE } from '../../state/view-state';
import { prefersReducedMotion } from '../../ui/media';
import type { BasemapData } from '../basemap/decode';
import { basemapLayers } from '../basemap/layers';
import { BOUNDS, LINK_TOLERANCE, sameCamera } from '../controller/camera';
import type { Frame } from '../story/opening-frame';
import type { StorySite } from '../story/story-sites';
import type { MapInputs } from '../style/view-style';
import { easeCamera } from './ease';
import { LABEL_SOURCES } from './files';
import { frameCamera } from './frame';
import { bindGestures, type Gestures } from './gestures';
import { hitAt } from './hit';
import {
  type Box,
  constrain,
  type Limits,
  panBy,
  projectionFor,
  type Size,
  zoomAround,
} from './mercator';
import { type LabelFiles, paintBasemap } from './paint-basemap';
import { paintData } from './paint-data';
import { dataMarks, type Mark } from './scene';
import { Placed } from './text';

export const LIMITS: Limits = { bounds: BOUNDS, minZoom: ZOOM_RANGE.min, maxZoom: ZOOM_RANGE.max };

export interface LightCallbacks {
  /** The reader moved the map (a gesture ended, a zoom button's zoom ended). */
  onCamera(camera: Camera): void;
  onSelect(id: string | null): void;
  /** The first drawing with the basemap and the day's records. */
  onFirstMap(marks: readonly Mark[]): void;
}

/** The cross-fade's length (map.css says the same). */
const FADE_MS = 250;

/** A finger's tap reaches a few pixels past an icon's box. */
const TOUCH_SLOP = 6;

export class LightMap {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private size: Size = { width: 0, height: 0 };
  private shownCamera: Camera;
  private layers: readonly MapLayer[] | null = null;
  private basemap: BasemapData | null = null;
  private labels: LabelFiles = {};
  /** The label files not yet in (nor failed): the first picture has its names. */
  private readonly awaited = new Set(LABEL_SOURCES);
  private specs: { lang: Lang; layers: ReturnType<typeof basemapLayers> } | null = null;
  /** Whether the opening camera is known (until then nothing is drawn). */
  private opened = false;
  private drewRecords = false;
  private frame = 0;
  /** Stops the eased move under way, if any. */
  private stopEasing: (() => void) | null = null;
  private hidden = false;
  private fading = 0;
  private readonly gestures: Gestures;
  private readonly resizer: ResizeObserver | null;
  /** The data's marks as last drawn (what a click and the test handle read). */
  marks: readonly Mark[] = [];
  /** The sites the opening view framed. */
  framed: readonly StorySite[] = [];

  /** A light map in `host`, or null where the browser gives no 2D canvas. */
  static create(host: HTMLElement, inputs: MapInputs, on: LightCallbacks): LightMap | null {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    return ctx ? new LightMap(host, canvas, ctx, inputs, on) : null;
  }

  private constructor(
    private readonly host: HTMLElement,
    canvas: HTMLCanvasElement,
    ctx: CanvasRenderingContext2D,
    private inputs: MapInputs,
    private readonly on: LightCallbacks,
  ) {
    this.canvas = canvas;
    this.ctx = ctx;
    this.shownCamera = inputs.camera;
    canvas.className = 'light-map';
    canvas.setAttribute('aria-hidden', 'true');
    host.prepend(canvas);
    this.gestures = bindGestures(canvas, {
      pan: (dx, dy) => this.show(panBy(this.shownCamera, dx, dy)),
      zoomAt: (x, y, delta) =>
        this.show(zoomAround(this.shownCamera, this.size, [x, y], this.shownCamera.zoom + delta)),
      click: (x, y, touch) => this.on.onSelect(hitAt(this.marks, x, y, touch ? TOUCH_SLOP : 0)),
      end: () => this.on.onCamera(this.shownCamera),
    });
    this.resizer =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.resize()) : null;
    this.resizer?.observe(host);
    this.resize();
  }

  get camera(): Camera {
    return this.shownCamera;
  }

  get mapSize(): Size {
    return this.size;
  }

  get day(): number {
    return this.inputs.date;
  }

  get view(): MapInputs {
    return this.inputs;
  }

  /** Whether the map shows what it was last given: drawn, no frame or move pending. */
  get settled(): boolean {
    return this.drewRecords && this.frame === 0 && !this.busy;
  }

  /** A gesture or an eased move is under way. */
  get busy(): boolean {
    return this.stopEasing !== null || this.gestures.busy();
  }

  setBasemap(data: BasemapData): void {
    this.basemap = data;
    this.draw();
  }

  /** A label file (country names, towns) has come, or failed (null): the map goes without. */
  setLabels(source: keyof LabelFiles, labels: FeatureCollection | null): void {
    this.awaited.delete(source);
    if (labels) this.labels = { ...this.labels, [source]: labels };
    this.draw();
  }

  setLayers(layers: readonly MapLayer[]): void {
    this.layers = layers;
    this.draw();
  }

  /** The opening camera is known: the map draws from now on. */
  open(): void {
    if (this.opened) return;
    this.opened = true;
    this.draw();
  }

  /** The view, whole, each time it changes (as the MapLibre controller takes it). */
  update(next: MapInputs, options: { moveCamera: boolean; animate: boolean }): void {
    this.inputs = next;
    if (options.moveCamera && !sameCamera(this.shownCamera, next.camera, LINK_TOLERANCE)) {
      if (options.animate && !this.hidden && !prefersReducedMotion()) this.ease(next.camera, 600);
      else this.show(next.camera);
    }
    this.draw();
  }

  /** The camera that frames some sites with the overlays' room kept clear, as MapLibre's
   * `fitCamera` finds it (not constrained: the store keeps what was asked for). */
  fit(frame: Frame): Camera | null {
    const camera = frameCamera(frame.bounds as Box, this.size, frame.padding());
    if (camera) this.framed = frame.sites;
    return camera;
  }

  /** Zoom buttons: an eased zoom by `delta`, reported as the reader's move. */
  zoomBy(delta: number): void {
    const c = this.shownCamera;
    this.ease({ ...c, zoom: c.zoom + delta }, prefersReducedMotion() ? 0 : 250, true);
  }

  /** Fades out, stops drawing and hears no gesture (MapLibre shows), or comes back. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.canvas.classList.toggle('light-map--gone', hidden);
    // Once faded out (map.css), off the page: the compositor no longer blends it in MapLibre's frames.
    window.clearTimeout(this.fading);
    if (hidden) this.fading = window.setTimeout(() => (this.canvas.hidden = this.hidden), FADE_MS);
    else this.canvas.hidden = false;
    if (!hidden) this.draw();
  }

  /** A copy of the map as drawn (the image export where MapLibre does not draw). */
  capture(): HTMLCanvasElement {
    const copy = document.createElement('canvas');
    copy.width = this.canvas.width;
    copy.height = this.canvas.height;
    copy.getContext('2d')?.drawImage(this.canvas, 0, 0);
    return copy;
  }

  destroy(): void {
    window.clearTimeout(this.fading);
    cancelAnimationFrame(this.frame);
    this.stopEasing?.();
    this.gestures.unbind();
    this.resizer?.disconnect();
    this.canvas.remove();
  }

  /** Shows a camera, kept inside the map's bounds and zoom range as MapLibre keeps it. */
  private show(camera: Camera): void {
    this.shownCamera = constrain(camera, this.size, LIMITS);
    this.draw();
  }

  private ease(to: Camera, ms: number, report = false): void {
    this.stopEasing?.();
    const target = constrain(to, this.size, LIMITS);
    this.stopEasing = easeCamera(
      this.shownCamera,
      target,
      ms,
      (c) => this.show(c),
      () => {
        this.stopEasing = null;
        if (report) this.on.onCamera(this.shownCamera);
      },
    );
  }

  private resize(): void {
    const width = Math.floor(this.host.clientWidth);
    const height = Math.floor(this.host.clientHeight);
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.show(this.shownCamera);
  }

  private draw(): void {
    if (this.hidden) return;
    // The first picture is drawn as soon as all it needs is in, not a frame later.
    const first = !this.drewRecords && this.opened && this.basemap && this.layers;
    if (first && this.awaited.size === 0 && this.size.width && this.size.height) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.paint();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    const { width, height } = this.size;
    if (!this.opened || !this.basemap || this.awaited.size > 0 || !width || !height) return;
    const ctx = this.ctx;
    const ratio = this.canvas.width / width;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const lang = this.inputs.lang;
    if (this.specs?.lang !== lang) this.specs = { lang, layers: basemapLayers(lang) };
    const projection = projectionFor(this.shownCamera, this.size);
    const zoom = this.shownCamera.zoom;
    paintBasemap(
      ctx,
      this.specs.layers,
      this.basemap,
      this.labels,
      { projection, zoom, width, height },
      new Placed(),
    );
    if (!this.layers) return;
    const project = (at: readonly [number, number]) =>
      (projection([at[0], at[1]]) ?? [Number.NaN, Number.NaN]) as [number, number];
    this.marks = dataMarks({ layers: this.layers, inputs: this.inputs, zoom, project });
    paintData(ctx, this.marks, new Placed());
    if (!this.drewRecords) {
      this.drewRecords = true;
      this.on.onFirstMap(this.marks);
      // As MapLibre reports it on load: where the window forces another view than the link's,
      // the link is told what the reader sees.
      if (!sameCamera(this.shownCamera, this.inputs.camera, LINK_TOLERANCE)) {
        this.on.onCamera(this.shownCamera);
      }
    }
  }
}
