/** The opening view's camera on the light map, found as the MapLibre side finds it
 * (`controller/camera.ts`: the same padding rule, `fitOptions`, and `cameraForBounds`, here
 * `fitBox`). Pure. */
import { type Camera, ZOOM_RANGE } from '../../state/view-state';
import { fitOptions } from '../controller/camera';
import type { Padding } from '../story/story-sites';
import { type Box, fitBox, type Size } from './mercator';

/** The camera that shows a box with the overlays' room kept clear, or null; not constrained (the
 * store keeps what was asked for, and each map shows it within its bounds). */
export function frameCamera(box: Box, size: Size, overlays: Padding): Camera | null {
  const { padding, maxZoom } = fitOptions(size, overlays);
  const pad =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding;
  const found = fitBox(box, size, pad, maxZoom);
  return found && { ...found, zoom: Math.max(ZOOM_RANGE.min, found.zoom) };
}
