/**
 * The time slider: the date in words, a native range input (so screen readers, touch and mouse
 * work as they expect) with the keyboard steps of `slider-keys.ts`, play/pause with speeds,
 * previous/next change, key-event ticks and a density strip of changes.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { adjacentChange, type Dataset } from '../data/dataset';
import { clampDay, firstShownDay } from '../data/dates';
import type { PlaceRecord } from '../data/model';
import { markDays, PLAY_SPEEDS, type PlaySpeed, recentHandovers } from '../data/replay';
import { formatDay } from '../i18n/format-date';
import { recordName } from '../i18n/record-text';
import { selectRecord, setDate } from '../state/actions';
import { uiStore, useUi } from '../state/ui-store';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { EVENT_KIND_COLOR } from '../theme/palette';
import { changeCaption } from './change-caption';
import { DensityStrip } from './DensityStrip';
import { ReplayControls } from './ReplayControls';
import { dayForKey, type Range } from './slider-keys';
import { usePlayback } from './usePlayback';
import { scaleFor } from './year-ticks';
import './slider.css';

const TICK_KINDS = new Set(['coup', 'announcement', 'alliance', 'mission']);

/** Button icons as inline SVG: symbol characters (⏮ ⏭) are missing from many phones' fonts. */
const ICON_PATHS = {
  prev: 'M6 5h2v14H6zM20 5v14L9 12z',
  next: 'M16 5h2v14h-2zM4 5l11 7-11 7z',
  play: 'M7 4l13 8-13 8z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
} as const;

function Icon({ name }: { name: keyof typeof ICON_PATHS }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} fill="currentColor" />
    </svg>
  );
}

/** The caption under the slider: the change the reader stepped to, or a hand-over while its
 * mark is on the map (a replay passes its day in a frame; the caption stays as long as the
 * mark). */
function captionAt(
  dataset: Dataset,
  date: number,
  steppedTo: number | null,
  speed: number,
  lang: 'fr' | 'en',
): string {
  if (steppedTo === date) return changeCaption(dataset, date, lang);
  const [latest] = recentHandovers(dataset, date, markDays(speed));
  return latest ? changeCaption(dataset, latest.day, lang) : '';
}

export function TimeSlider({
  dataset,
  range,
  strip,
}: {
  dataset: Dataset | null;
  range: Range;
  /** A second density strip over the first (the imported events per month, from the app). */
  strip?: ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  const date = useView((s) => s.date);
  const playing = useUi((s) => s.playing);
  const speed = useUi((s) => s.speed);
  usePlayback(range);
  const span = Math.max(1, range.max - range.min);
  const dateText = formatDay(lang, date);

  // The track's width decides the scale: every year or every other, months where there is room.
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = track.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width - 16);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const scale = scaleFor(range, width);
  // The caption of the change the reader stepped to, shown while the slider stays on that day.
  const [caption, setCaption] = useState<number | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = dayForKey(date, e.key, e.shiftKey, range);
    if (next === null) return;
    e.preventDefault();
    uiStore.getState().setPlaying(false);
    setDate(next);
  };

  const jump = (dir: -1 | 1) => {
    if (!dataset) return;
    const next = adjacentChange(dataset.changeDays, date, dir);
    if (next === null) return;
    const day = clampDay(next, range);
    setDate(day);
    setCaption(day);
  };

  const ticks: PlaceRecord[] = [];
  for (const layer of dataset?.layers ?? []) {
    for (const r of layer.records) {
      if (r.type === 'event' && TICK_KINDS.has(r.kind)) ticks.push(r);
    }
  }

  return (
    <div className="slider">
      <div className="slider-track" ref={track}>
        <DensityStrip days={dataset?.changeDays ?? []} range={range} label={t('slider.density')} />
        {strip}
        <input
          type="range"
          min={range.min}
          max={range.max}
          step={1}
          value={clampDay(date, range)}
          aria-label={t('slider.label')}
          aria-valuetext={dateText}
          aria-describedby="slider-help"
          onKeyDown={onKeyDown}
          onChange={(e) => {
            uiStore.getState().setPlaying(false);
            setDate(Number(e.target.value));
          }}
        />
        <div className="slider-ticks">
          {ticks.map((r) => {
            const name = recordName(r, lang, dataset?.byId ?? new Map());
            const label = `${name} — ${formatDay(lang, firstShownDay(r.span))}`;
            return (
              <button
                key={r.id}
                type="button"
                tabIndex={-1}
                className={`tick tick--${r.kind}`}
                style={{
                  left: `${((firstShownDay(r.span) - range.min) / span) * 100}%`,
                  background: EVENT_KIND_COLOR[r.kind as keyof typeof EVENT_KIND_COLOR],
                }}
                title={label}
                aria-label={label}
                onClick={() => selectRecord(r, { date: firstShownDay(r.span) })}
              />
            );
          })}
        </div>
        <div className="slider-scale" aria-hidden="true" data-testid="slider-years">
          {scale.months.map((at) => (
            <span key={at} className="month-tick" style={{ left: `${at * 100}%` }} />
          ))}
          {scale.years.map(({ year, at }) => (
            <span key={year} className="year-label" style={{ left: `${at * 100}%` }}>
              {year}
            </span>
          ))}
        </div>
      </div>
      <div className="slider-top">
        <p className="slider-date" aria-hidden="true">
          <span className="slider-date-long">{dateText}</span>
          {/* Phones: the short date leaves room for the controls on the same row. */}
          <span className="slider-date-short">{formatDay(lang, date, 'short')}</span>
        </p>
        <p className="slider-caption" role="status" aria-live="polite" data-testid="change-caption">
          {dataset ? captionAt(dataset, date, caption, speed, lang) : ''}
        </p>
        <fieldset className="slider-buttons" aria-label={t('slider.controls')}>
          <button
            type="button"
            onClick={() => jump(-1)}
            disabled={!dataset}
            aria-label={t('slider.prevChange')}
            title={t('slider.prevChange')}
          >
            <Icon name="prev" />
          </button>
          <button
            type="button"
            className="play"
            onClick={() => uiStore.getState().setPlaying(!playing)}
            aria-label={playing ? t('slider.pause') : t('slider.play')}
            aria-pressed={playing}
          >
            <Icon name={playing ? 'pause' : 'play'} />
          </button>
          <button
            type="button"
            onClick={() => jump(1)}
            disabled={!dataset}
            aria-label={t('slider.nextChange')}
            title={t('slider.nextChange')}
          >
            <Icon name="next" />
          </button>
          <label className="speed">
            <span className="visually-hidden">{t('slider.speed')}</span>
            <select
              value={speed}
              onChange={(e) => uiStore.getState().setSpeed(Number(e.target.value) as PlaySpeed)}
            >
              {PLAY_SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {t('slider.speedValue', { n: s })}
                </option>
              ))}
            </select>
          </label>
          <ReplayControls range={range} />
        </fieldset>
      </div>
      <p id="slider-help" className="slider-help visually-hidden">
        {t('slider.help')}
      </p>
    </div>
  );
}
