/** The bars of a histogram under the slider, drawn in an SVG whose x axis is the caller's (a
 * bin's index, or days from the slider's start) so that it lines up with the slider's scale. */

export interface Bar {
  readonly x: number;
  readonly width: number;
  readonly count: number;
}

interface Props {
  readonly bars: readonly Bar[];
  /** The width of the x axis, in the bars' unit. */
  readonly span: number;
  readonly label: string;
  readonly className: string;
  readonly testId?: string;
}

export function DensityBars({ bars, span, label, className, testId }: Props) {
  const peak = Math.max(1, ...bars.map((b) => b.count));
  return (
    <svg
      className={className}
      viewBox={`0 0 ${span} 10`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      {bars.map((b) => {
        if (b.count === 0) return null;
        const h = (b.count / peak) * 10;
        return <rect key={b.x} x={b.x} y={10 - h} width={b.width} height={h} />;
      })}
    </svg>
  );
}
