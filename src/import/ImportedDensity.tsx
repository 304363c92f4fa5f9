/** Under the slider: the imported events per month (drawn only when a file is imported). */
import { dayNumber } from '../data/dates';
import { useT } from '../state/use-lang';
import { DensityBars } from '../ui/DensityBars';
import { useImports } from './imported-store';

interface Range {
  readonly min: number;
  readonly max: number;
}

function monthKey(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function ImportedDensity({ range }: { range: Range }) {
  const t = useT();
  const layers = useImports((s) => s.layers);
  const shown = layers.filter((l) => l.visible);
  if (shown.length === 0) return null;
  const first = monthKey(range.min);
  const last = monthKey(range.max);
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const l of shown) {
    for (const [key, n] of l.months) {
      if (key >= first && key <= last) counts[key - first] = (counts[key - first] ?? 0) + n;
    }
  }
  // Bars are placed by day, so the strip lines up with the slider's scale.
  const bars = counts.map((count, i) => {
    const key = first + i;
    const start = Math.max(range.min, dayNumber(Math.floor(key / 12), (key % 12) + 1, 1));
    const end = Math.min(range.max, dayNumber(Math.floor((key + 1) / 12), ((key + 1) % 12) + 1, 1));
    return { x: start - range.min, width: Math.max(1, (end - start) * 0.9), count };
  });
  return (
    <DensityBars
      bars={bars}
      span={Math.max(1, range.max - range.min)}
      label={t('import.density')}
      className="density density--imported"
      testId="imported-density"
    />
  );
}
