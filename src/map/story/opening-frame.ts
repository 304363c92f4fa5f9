/**
 * The opening view's frame: the camera that shows the story's sites. The data usually comes
 * before MapLibre's chunk: the frame asked for then is placed as soon as the map is made, before
 * its first frame, so that the first tiles made are the ones shown (a map that opened on the
 * default camera and moved once loaded drew everything twice: a second of a first load with
 * software WebGL). The overlays' room is measured when the frame is placed, once the map's own
 * controls are on the page.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../../state/view-state';
import { fitCamera } from '../controller/camera';
import type { Padding, StorySite } from './story-sites';

export interface Frame {
  readonly sites: readonly StorySite[];
  readonly bounds: LngLatBoundsLike;
  /** The overlays' room, measured when the frame is placed. */
  readonly padding: () => Padding;
}

export class OpeningFrame {
  private pending: (Frame & { resolve(camera: Camera | null): void }) | null = null;
  /** The sites the opening view framed (for the browser tests). */
  framed: readonly StorySite[] = [];

  /** The camera that shows the frame: now if there is a map, else once it is made (`place`). */
  ask(map: MapLibreMap | null, frame: Frame): Promise<Camera | null> {
    if (frame.sites.length === 0) return Promise.resolve(null);
    if (map) return Promise.resolve(this.fit(map, frame));
    this.pending?.resolve(null);
    return new Promise((resolve) => {
      this.pending = { ...frame, resolve };
    });
  }

  /** The map was just made: it moves to the frame asked for before it, if any. */
  place(map: MapLibreMap): void {
    const frame = this.pending;
    if (!frame) return;
    this.pending = null;
    const camera = this.fit(map, frame);
    if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    frame.resolve(camera);
  }

  private fit(map: MapLibreMap, frame: Frame): Camera | null {
    const camera = fitCamera(map, frame.padding(), frame.bounds);
    if (camera) this.framed = frame.sites;
    return camera;
  }
}
