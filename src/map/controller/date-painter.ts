/**
 * Paints the slider's day on the map, at most once per animation frame however fast the slider
 * moves: each data source's features whose look changed get their new feature state (see
 * `looks.ts`). The day is also kept in the map's global state, which no layer reads (so it
 * costs nothing): it tells the browser tests and the benchmark which day the map shows.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Span } from '../../data/dates';
import type { LayerId } from '../../data/schema';
import { sourceId } from '../style/data-layers';
import { LOOK_STATE } from '../style/look-paint';
import { FeatureLooks } from '../style/looks';

export class DatePainter {
  private readonly looks = new Map<LayerId, FeatureLooks>();
  private frame = 0;
  private painted: number | null = null;

  /** `map`: the map when it can take calls; `day`: the day to show. */
  constructor(
    private readonly map: () => MapLibreMap | null,
    private readonly day: () => number,
  ) {}

  /** Whether a paint is waiting for its animation frame. */
  get pending(): boolean {
    return this.frame !== 0;
  }

  /** A source got new data: its features are painted anew at the next frame. */
  setRecords(id: LayerId, records: readonly { readonly id: string; readonly span: Span }[]): void {
    this.looks.set(id, new FeatureLooks(records));
    this.repaint();
  }

  /** Paints the day at the next frame even if it is the one painted last. */
  repaint(): void {
    this.painted = null;
    this.schedule();
  }

  /** The map lost its feature state (a rebuilt style): every look is sent again. */
  forget(): void {
    for (const looks of this.looks.values()) looks.reset();
    this.repaint();
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const map = this.map();
      const day = this.day();
      if (!map || this.painted === day) return;
      for (const [id, looks] of this.looks) {
        const source = sourceId(id);
        looks.step(day, (featureId, look) =>
          map.setFeatureState({ source, id: featureId }, { [LOOK_STATE]: look }),
        );
      }
      map.setGlobalStateProperty('date', day);
      this.painted = day;
    });
  }

  cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
