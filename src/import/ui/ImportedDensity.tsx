/** Under the slider: the imported events per month (drawn only when a file is imported).
 * Its bars are drawn here, not with `ui/DensityBars`: this chunk loads on demand, and a lazy
 * chunk importing that shared component made the bundler split the page's entry into three
 * common chunks (2.7 kB more, three more requests on a first visit). */
import { dayNumber, monthKey } from '../../data/dates';
import { useT } from '../../state/use-lang';
import { useImports } from '../store';

interface Range {
  readonly min: number;
  readonly max: number;
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
  const peak = Math.max(1, ...counts);
  // Bars are placed by day, so the strip lines up with the slider's scale.
  const span = Math.max(1, range.max - range.min);
  return (
    <svg
      className="density density--imported"
      viewBox={`0 0 ${span} 10`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('import.density')}
      data-testid="imported-density"
    >
      {counts.map((c, i) => {
        if (c === 0) return null;
        const key = first + i;
        const start = Math.max(range.min, dayNumber(Math.floor(key / 12), (key % 12) + 1, 1));
        const end = Math.min(
          range.max,
          dayNumber(Math.floor((key + 1) / 12), ((key + 1) % 12) + 1, 1),
        );
        const h = (c / peak) * 10;
        return (
          <rect
            key={key}
            x={start - range.min}
            y={10 - h}
            width={Math.max(1, (end - start) * 0.9)}
            height={h}
          />
        );
      })}
    </svg>
  );
}
