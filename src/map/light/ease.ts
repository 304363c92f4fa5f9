/** An eased camera move on the light map: one step per animation frame, fast then slow. */
import type { Camera } from '../../state/view-state';

/** Moves from one camera to another over `ms`, calling `step` each frame and `done` at the end;
 * returns a cancel. */
export function easeCamera(
  from: Camera,
  to: Camera,
  ms: number,
  step: (camera: Camera) => void,
  done: () => void,
): () => void {
  const start = performance.now();
  let frame = 0;
  const tick = (now: number) => {
    const t = ms > 0 ? Math.min(1, (now - start) / ms) : 1;
    const k = 1 - (1 - t) ** 3;
    const mix = (a: number, b: number) => a + (b - a) * k;
    step({ zoom: mix(from.zoom, to.zoom), lat: mix(from.lat, to.lat), lon: mix(from.lon, to.lon) });
    if (t < 1) frame = requestAnimationFrame(tick);
    else done();
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
