/** A histogram of changes per quarter under the slider: where the story is dense. */
import { DensityBars } from '../ui/DensityBars';
import type { Range } from './slider-keys';

const BIN_DAYS = 91;

export function DensityStrip({
  days,
  range,
  label,
}: {
  days: readonly number[];
  range: Range;
  label: string;
}) {
  const bins = Math.max(1, Math.ceil((range.max - range.min + 1) / BIN_DAYS));
  const counts = new Array<number>(bins).fill(0);
  for (const d of days) {
    if (d < range.min || d > range.max) continue;
    const i = Math.floor((d - range.min) / BIN_DAYS);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const bars = counts.map((count, x) => ({ x, width: 0.9, count }));
  return <DensityBars bars={bars} span={bins} label={label} className="density" />;
}
