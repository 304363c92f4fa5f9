/** A histogram of changes per quarter under the slider: where the story is dense. */
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
  const peak = Math.max(1, ...counts);
  return (
    <svg
      className="density"
      viewBox={`0 0 ${bins} 10`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      {counts.map((c, i) =>
        c === 0 ? null : (
          // biome-ignore lint/suspicious/noArrayIndexKey: bins are positional
          <rect key={i} x={i} y={10 - (c / peak) * 10} width={0.9} height={(c / peak) * 10} />
        ),
      )}
    </svg>
  );
}
