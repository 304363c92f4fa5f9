/**
 * Playback: advances the slider's day on every animation frame while playing, at a speed in
 * days per second, and stops at the end of the range. The date goes through `setDate`, which
 * adds no history entry (the URL follows with replaceState).
 */
import { useEffect } from 'react';
import { setDate } from '../state/actions';
import { uiStore, useUi } from '../state/ui-store';
import { viewStore } from '../state/view-store';
import type { Range } from './slider-keys';

/** Days per second for each speed setting: about a month, four months, a year and a third. */
export const DAYS_PER_SECOND = { 1: 30, 4: 120, 16: 480 } as const;

export function usePlayback(range: Range): void {
  const playing = useUi((s) => s.playing);
  const speed = useUi((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    if (viewStore.getState().date >= range.max) {
      setDate(range.min);
    }
    const tick = (now: number) => {
      carry += ((now - last) / 1000) * DAYS_PER_SECOND[speed];
      last = now;
      const whole = Math.floor(carry);
      if (whole > 0) {
        carry -= whole;
        const next = Math.min(range.max, viewStore.getState().date + whole);
        setDate(next);
        if (next >= range.max) {
          uiStore.getState().setPlaying(false);
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, range.min, range.max]);
}
