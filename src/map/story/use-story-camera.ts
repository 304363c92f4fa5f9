/**
 * Frames the story on the default view: once the data is there, a link without `map=` (and a
 * reader who has not moved the map yet) gets the camera that shows the Sahel's sites at the
 * link's date with every overlay's room kept clear (`story-sites.ts`); the map opens on it when
 * the data came first (`opening-frame.ts`). A link with a camera keeps it exactly.
 */
import { type RefObject, useDeferredValue, useEffect, useRef } from 'react';
import type { Dataset } from '../../data/dataset';
import { LAYER_IDS } from '../../data/schema';
import { frameStory } from '../../state/actions';
import { uiStore } from '../../state/ui-store';
import { DEFAULT_CAMERA } from '../../state/view-state';
import { viewStore } from '../../state/view-store';
import { LINK_PRECISION, sameCamera } from '../controller/camera';
import type { MapController } from '../controller/map-controller';
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

export function useStoryCamera(
  controller: RefObject<MapController | null>,
  host: RefObject<HTMLElement | null>,
  current: Dataset | null,
): void {
  const done = useRef(false);
  // The data as the panels render it (a render React may put off, see `App.tsx`): the Layers
  // panel has its final size when this one is committed.
  const dataset = useDeferredValue(current);
  useEffect(() => {
    const c = controller.current;
    const el = host.current;
    const area = el?.closest('.map-area');
    if (done.current || !dataset || !c || !el || !area) return;
    // Every layer in: the Layers panel has its final size and every site is known.
    if (dataset.layers.length < LAYER_IDS.length) return;
    done.current = true;
    const view = viewStore.getState();
    // A link's own camera is kept; so is a camera the reader moved before the data came (a
    // resize reports the same camera back: compared by value).
    if (
      uiStore.getState().linkHadCamera ||
      !sameCamera(view.camera, DEFAULT_CAMERA, LINK_PRECISION)
    )
      return;
    const sites = storySites(dataset, view.date, view);
    const bounds = boundsOf(sites);
    if (!bounds) return;
    const padding = () => {
      const rect = el.getBoundingClientRect();
      return paddingFor({ width: rect.width, height: rect.height }, overlayBoxes(el, area), MARGIN);
    };
    void c.frameSites({ sites, bounds, padding }).then((camera) => {
      if (camera) frameStory(camera);
    });
  }, [controller, host, dataset]);
}
