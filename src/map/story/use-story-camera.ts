/**
 * Frames the story on the default view: once the records are known (the map file's, which come
 * first), a link without `map=` (and a reader who has not moved the map yet) gets the camera that
 * shows the Sahel's sites at the link's date with every overlay's room kept clear
 * (`story-sites.ts`); the first map opens on it. A link with a camera keeps it exactly, and the
 * first map opens on that.
 */
import { type RefObject, useDeferredValue, useEffect, useRef } from 'react';
import type { MapLayer } from '../../data/map-file';
import { LAYER_IDS } from '../../data/schema';
import { frameStory } from '../../state/actions';
import { uiStore } from '../../state/ui-store';
import { type Camera, DEFAULT_CAMERA } from '../../state/view-state';
import { viewStore } from '../../state/view-store';
import { LINK_PRECISION, sameCamera } from '../controller/camera';
import type { Frame } from './opening-frame';
import { OVERLAYS } from './overlays';
import { type Box, boundsOf, paddingFor, storySites } from './story-sites';

/** Room around the framed sites: a marker's radius and the start of its label. */
const MARGIN = 22;

function overlayBoxes(host: HTMLElement, area: Element): Box[] {
  const origin = host.getBoundingClientRect();
  return [...area.querySelectorAll(OVERLAYS)].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/** The maps, as the opening view asks them: the camera of a frame (null: no frame, the first map
 * opens on the view's camera). */
export interface Opening {
  frameSites(frame: Frame | null): Promise<Camera | null>;
}

export function useStoryCamera(
  maps: RefObject<Opening | null>,
  host: RefObject<HTMLElement | null>,
  current: readonly MapLayer[] | null,
): void {
  const done = useRef(false);
  // The records as committed (a render React may put off): the overlays have their size then.
  const layers = useDeferredValue(current);
  useEffect(() => {
    const c = maps.current;
    const el = host.current;
    const area = el?.closest('.map-area');
    if (done.current || !layers || !c || !el || !area) return;
    // Every layer in: every site is known.
    if (layers.length < LAYER_IDS.length) return;
    done.current = true;
    const view = viewStore.getState();
    // A link's own camera is kept; so is a camera the reader moved before the data came (a
    // resize reports the same camera back: compared by value).
    const sites =
      uiStore.getState().linkHadCamera || !sameCamera(view.camera, DEFAULT_CAMERA, LINK_PRECISION)
        ? []
        : storySites(layers, view.date, view);
    const bounds = boundsOf(sites);
    if (!bounds) {
      void c.frameSites(null);
      return;
    }
    const padding = () => {
      const rect = el.getBoundingClientRect();
      return paddingFor({ width: rect.width, height: rect.height }, overlayBoxes(el, area), MARGIN);
    };
    void c.frameSites({ sites, bounds, padding }).then((camera) => {
      if (camera) frameStory(camera);
    });
  }, [maps, host, layers]);
}
