/** The MapLibre map as this app makes it: its options, controls, gestures and icons. */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { type Camera, ZOOM_RANGE } from '../../state/view-state';
import { drawIcon, PIXEL_RATIO } from '../style/icons';
import { BOUNDS } from './camera';

type MapLibre = typeof import('maplibre-gl');

/**
 * MapLibre 6 draws with WebGL2 only. A browser without the API is told so at once, without
 * downloading MapLibre; one whose GPU refuses a context is told when MapLibre cannot make one
 * (`cannotDraw`). Making a context here just to test it cost 0.3 s of a first load with software
 * WebGL, and MapLibre then made its own.
 */
export function hasWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}

/** Whether MapLibre failed because the browser gave it no WebGL2 context. */
export function cannotDraw(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}

export function createMap(
  maplibre: MapLibre,
  container: HTMLElement,
  camera: Camera,
  style: StyleSpecification,
): MapLibreMap {
  const map = new maplibre.Map({
    container,
    style,
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
    // The worker's own requests (the label files) carry the document's URL as referrer unless
    // told otherwise: a worker does not inherit the page's `no-referrer` meta.
    transformRequest: (url) => ({ url, referrerPolicy: 'no-referrer' }),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
  // MapLibre 6 asks a resolver for images that are not in the style (event listeners can no
  // longer supply them in time): each icon is drawn on a canvas when first asked for.
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    const image = drawIcon(id);
    if (image) map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
  });
  return map;
}

/** The narrowest picture worth publishing: a web lead or a print column at 2×. */
const MIN_CAPTURE_WIDTH = 1600;

/** A copy of the map as drawn now, for the image export, drawn again at twice the screen's
 * density or more (at least `MIN_CAPTURE_WIDTH` device pixels wide, whatever the screen), then
 * put back. The copy is made in the frame that draws it (the WebGL buffer is not kept after a
 * frame is shown). */
export async function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  const cssWidth = Math.max(1, map.getContainer().clientWidth);
  const ratio = Math.max(before, 2, MIN_CAPTURE_WIDTH / cssWidth);
  if (ratio === before) return copyFrame(map);
  map.setPixelRatio(ratio);
  try {
    await new Promise((resolve) => map.once('idle', resolve));
    return await copyFrame(map);
  } finally {
    map.setPixelRatio(before);
  }
}

function copyFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
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
