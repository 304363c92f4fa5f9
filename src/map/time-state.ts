/**
 * What each map feature looks like at the slider's day, as one small number per feature that
 * the layers read with `['feature-state', 'v']`.
 *
 * Why feature state and not a filter: a filter (or a layout or data-driven paint property that
 * reads MapLibre's global state) makes MapLibre re-process the whole GeoJSON source in its
 * worker at every step, which costs ~120 ms at 10k sites. A feature-state change only rewrites
 * the paint attributes of the features whose look changed, on the main thread, and a slider
 * step changes few of them. The GeoJSON is never rebuilt. The rule is the one of
 * `src/data/dates.ts`; `npm run bench` measures both approaches.
 */
import type { FeatureCollection } from 'geojson';
import { type Status, statusAt } from '../data/dates';
import { EVENT_WINDOW, MOVE_WINDOW } from '../data/model';
import type { LayerId } from '../data/schema';

/** A site's look at a day. */
export const SITE_LOOK = { hidden: 0, uncertain: 1, active: 2, ended: 3 } as const;

/** The day fields that `model.ts` puts on every map feature. */
export interface TimeFields {
  readonly s0: number;
  readonly s1: number;
  readonly e0: number;
  readonly e1: number;
  readonly w1: number;
}

/** The map's look for each status of `dates.ts`: arriving and leaving both draw "uncertain". */
const LOOK_OF_STATUS: Record<Status, number> = {
  future: SITE_LOOK.hidden,
  starting: SITE_LOOK.uncertain,
  active: SITE_LOOK.active,
  ending: SITE_LOOK.uncertain,
  ended: SITE_LOOK.ended,
};

/** Sites: not yet started are hidden; vacated ones stay, drawn as vacated. */
export function siteLook(f: TimeFields, day: number): number {
  return LOOK_OF_STATUS[statusAt(f, day)];
}

/** Steps of the fade, so that a day's step does not touch every fading feature. */
const FADE_STEPS = 20;

/**
 * Events and moves: 0 outside their window; 1 while they last; then fading towards 0 (but never
 * reaching it) until the end of their window `w1`.
 */
export function freshness(f: TimeFields, day: number, window: number): number {
  if (day < f.s0 || day >= f.w1) return 0;
  if (day < f.e1) return 1;
  const left = 1 - (day - f.e1) / window;
  return Math.max(1, Math.ceil(left * FADE_STEPS)) / FADE_STEPS;
}

export function lookAt(layer: LayerId, f: TimeFields, day: number): number {
  if (layer === 'events') return freshness(f, day, EVENT_WINDOW);
  if (layer === 'moves') return freshness(f, day, MOVE_WINDOW);
  return siteLook(f, day);
}

/**
 * The looks of one source's features, kept between steps so that only the changes are sent to
 * the map. Holds arrays, not objects: a step over 100k features is one tight loop.
 */
export class TimeStates {
  private readonly ids: string[] = [];
  private readonly fields: TimeFields[] = [];
  private readonly looks: Float64Array;

  constructor(
    private readonly layer: LayerId,
    data: FeatureCollection,
  ) {
    for (const feature of data.features) {
      const p = feature.properties as (TimeFields & { id?: unknown }) | null;
      if (!p || typeof p.id !== 'string') continue;
      this.ids.push(p.id);
      this.fields.push({ s0: p.s0, s1: p.s1, e0: p.e0, e1: p.e1, w1: p.w1 });
    }
    // NaN: nothing sent yet, so the first step sends every feature.
    this.looks = new Float64Array(this.ids.length).fill(Number.NaN);
  }

  /** Calls `send` for every feature whose look at `day` differs from the last one sent. */
  step(day: number, send: (id: string, look: number) => void): number {
    let changed = 0;
    for (let i = 0; i < this.ids.length; i++) {
      const look = lookAt(this.layer, this.fields[i] as TimeFields, day);
      if (look === this.looks[i]) continue;
      this.looks[i] = look;
      send(this.ids[i] as string, look);
      changed++;
    }
    return changed;
  }
}
