/**
 * The reader's hands on the light map: drag to pan (mouse, pen or one finger), pinch to zoom
 * about the fingers, the wheel to zoom about the pointer, a double click to zoom in, and a click
 * or tap that did not move. Positions are in CSS pixels from the map's top-left corner. Bound
 * once to the light map's canvas; `unbind` removes every listener.
 */

export interface GestureHandlers {
  /** The map follows the pointer by (dx, dy). */
  pan(dx: number, dy: number): void;
  /** Zoom by `delta` keeping the place under (x, y) where it is. */
  zoomAt(x: number, y: number, delta: number): void;
  /** A click or tap at (x, y); `touch` for a finger. */
  click(x: number, y: number, touch: boolean): void;
  /** A gesture ended: the camera it left is the reader's. */
  end(): void;
}

/** A press that moves less than this is a click, not a drag (CSS pixels). */
const CLICK_SLOP = 5;
/** MapLibre's wheel rate: a zoom level per 450 pixels of wheel. */
const WHEEL_PIXELS_PER_ZOOM = 450;
/** A wheel gesture ends when no wheel event came for this long (ms). */
const WHEEL_END_MS = 200;

export interface Gestures {
  /** Whether a gesture is under way (a pointer is down, or the wheel is turning). */
  busy(): boolean;
  unbind(): void;
}

export function bindGestures(canvas: HTMLElement, on: GestureHandlers): Gestures {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let gesture = false;
  let wheelTimer = 0;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const centre = () => {
    const ps = [...pointers.values()];
    const x = ps.reduce((s, p) => s + p.x, 0) / ps.length;
    const y = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    const [a, b] = ps;
    const spread = a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    return { x, y, spread };
  };

  const down = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    canvas.setPointerCapture?.(e.pointerId);
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) moved = 0;
  };
  const move = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    const before = centre();
    pointers.set(e.pointerId, local(e));
    const after = centre();
    const dx = after.x - before.x;
    const dy = after.y - before.y;
    moved += Math.hypot(dx, dy);
    if (moved < CLICK_SLOP && pointers.size === 1) return;
    gesture = true;
    if (pointers.size >= 2 && before.spread > 0 && after.spread > 0) {
      on.zoomAt(before.x, before.y, Math.log2(after.spread / before.spread));
    }
    on.pan(dx, dy);
  };
  const up = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    const at = local(e);
    const single = pointers.size === 1;
    pointers.delete(e.pointerId);
    if (pointers.size > 0) return;
    if (single && moved < CLICK_SLOP && !gesture) on.click(at.x, at.y, e.pointerType === 'touch');
    if (gesture) on.end();
    gesture = false;
    moved = 0;
  };
  const cancel = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pointers.size === 0 && gesture) {
      gesture = false;
      on.end();
    }
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const pixels = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaY;
    const at = local(e);
    on.zoomAt(at.x, at.y, -pixels / WHEEL_PIXELS_PER_ZOOM);
    window.clearTimeout(wheelTimer);
    wheelTimer = window.setTimeout(() => {
      wheelTimer = 0;
      on.end();
    }, WHEEL_END_MS);
  };
  const dblclick = (e: MouseEvent) => {
    e.preventDefault();
    const at = local(e);
    on.zoomAt(at.x, at.y, 1);
    on.end();
  };

  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', cancel);
  canvas.addEventListener('wheel', wheel, { passive: false });
  canvas.addEventListener('dblclick', dblclick);
  return {
    busy: () => pointers.size > 0 || wheelTimer !== 0,
    unbind: () => {
      window.clearTimeout(wheelTimer);
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', cancel);
      canvas.removeEventListener('wheel', wheel);
      canvas.removeEventListener('dblclick', dblclick);
    },
  };
}
