/**
 * What each map feature looks like at the slider's day, as one small number per feature that
 * the layers read with `['feature-state', 'look']` (see `look-paint.ts`).
 *
 * Why feature state and not a filter: a filter (or a layout or data-driven paint property that
 * reads MapLibre's global state) makes MapLibre re-process the whole GeoJSON source in its
 * worker at every step. A feature-state change only rewrites the paint attributes of the
 * features whose look changed, and a slider step changes few of them. The GeoJSON is never
 * rebuilt. The looks come from the records' spans through the rule of `src/data/dates.ts`;
 * `npm run bench` measures both approaches.
 */
import { freshness, type Span, type Status, statusAt } from '../../data/dates';

/** A site's look at a day. */
export const SITE_LOOK = { hidden: 0, uncertain: 1, active: 2, ended: 3, unconfirmed: 4 } as const;

/** The map's look for each status of `dates.ts`: arriving, leaving and an unknown start all
 * draw "date uncertain". */
const LOOK_OF_STATUS: Record<Status, number> = {
  future: SITE_LOOK.hidden,
  starting: SITE_LOOK.uncertain,
  active: SITE_LOOK.active,
  'since-unknown': SITE_LOOK.uncertain,
  unconfirmed: SITE_LOOK.unconfirmed,
  ending: SITE_LOOK.uncertain,
  ended: SITE_LOOK.ended,
};

/** Sites: a look per status. Events and moves: their freshness, 0 (hidden) to 1. */
export function lookAt(span: Span, day: number): number {
  return span.type === 'site' ? LOOK_OF_STATUS[statusAt(span, day)] : freshness(span, day);
}

/**
 * The looks of one source's features, kept between steps so that only the changes are sent to
 * the map. Holds arrays, not objects: a step over 100k features is one tight loop.
 */
export class FeatureLooks {
  private readonly looks: Float64Array;

  constructor(private readonly records: readonly { readonly id: string; readonly span: Span }[]) {
    // NaN: nothing sent yet, so the first step sends every feature.
    this.looks = new Float64Array(records.length).fill(Number.NaN);
  }

  /** Calls `send` for every feature whose look at `day` differs from the last one sent. */
  step(day: number, send: (id: string, look: number) => void): number {
    let changed = 0;
    for (let i = 0; i < this.records.length; i++) {
      const r = this.records[i] as { id: string; span: Span };
      const look = lookAt(r.span, day);
      if (look === this.looks[i]) continue;
      this.looks[i] = look;
      send(r.id, look);
      changed++;
    }
    return changed;
  }

  /** Forgets what was sent (the map lost its feature state): the next step sends everything. */
  reset(): void {
    this.looks.fill(Number.NaN);
  }
}
