/**
 * Playback: advances the slider's day on every animation frame while playing, at a speed in
 * days per second, over the reader's range (from, to), stopping at its end or looping
 * (`replay.ts` decides each step). The date goes through `setDate`, which adds no history entry
 * (the URL follows with replaceState).
 */
import { useEffect } from 'react';
import { playRange, playStart, playStep } from '../data/replay';
import { setDate } from '../state/actions';
import { uiStore, useUi } from '../state/ui-store';
import { viewStore } from '../state/view-store';
import type { Range } from './slider-keys';

export function usePlayback({ min, max }: Range): void {
  const playing = useUi((s) => s.playing);
  const speed = useUi((s) => s.speed);
  const from = useUi((s) => s.playFrom);
  const to = useUi((s) => s.playTo);
  const loop = useUi((s) => s.loop);
  useEffect(() => {
    if (!playing) return;
    const range = playRange({ min, max }, { from, to, loop });
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const start = playStart(viewStore.getState().date, range);
    if (start !== viewStore.getState().date) setDate(start);
    const tick = (now: number) => {
      const step = playStep(viewStore.getState().date, carry, now - last, speed, range);
      last = now;
      carry = step.carry;
      if (step.day !== viewStore.getState().date) setDate(step.day);
      if (step.done) {
        uiStore.getState().setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, from, to, loop, min, max]);
}
