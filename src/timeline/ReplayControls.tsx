/**
 * The replay's settings, folded under the time controls: a typed date to go to, the range to
 * play (from, to) and whether it loops. Playback itself is `usePlayback.ts`; the rules are
 * `replay.ts`.
 */
import { setDate } from '../state/actions';
import { uiStore, useUi } from '../state/ui-store';
import { useDateFormat } from '../state/use-date-field';
import { useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { DateField } from '../ui/DateField';
import type { Range } from './slider-keys';

export function ReplayControls({ range }: { range: Range }) {
  const t = useT();
  const date = useView((s) => s.date);
  const from = useUi((s) => s.playFrom);
  const to = useUi((s) => s.playTo);
  const loop = useUi((s) => s.loop);
  const dates = useDateFormat();
  const ui = uiStore.getState();
  return (
    <details className="replay">
      <summary title={t('replay.options')}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M3 6h10M17 6h4M3 12h4M11 12h10M3 18h12M19 18h2M15 4v4M9 10v4M17 16v4"
            stroke="currentColor"
            strokeWidth="2"
            fill="none"
          />
        </svg>
        <span className="replay-summary-text">{t('replay.options')}</span>
      </summary>
      <div className="replay-fields">
        <DateField
          dates={dates}
          label={t('replay.goTo')}
          value={date}
          min={range.min}
          max={range.max}
          onChange={(day) => {
            ui.setPlaying(false);
            setDate(day);
          }}
        />
        <DateField
          dates={dates}
          label={t('replay.from')}
          value={from ?? range.min}
          min={range.min}
          max={range.max}
          onChange={(day) => ui.setPlayRange({ from: day })}
        />
        <DateField
          dates={dates}
          label={t('replay.to')}
          value={to ?? range.max}
          min={range.min}
          max={range.max}
          onChange={(day) => ui.setPlayRange({ to: day })}
        />
        <label className="replay-loop">
          <input
            type="checkbox"
            checked={loop}
            onChange={(e) => ui.setPlayRange({ loop: e.target.checked })}
          />
          {t('replay.loop')}
        </label>
      </div>
    </details>
  );
}
