/**
 * The curated data layers' sources: the data React gave, what of it the map has, and the
 * painter of their looks at the slider's day. Data given before the map can take it is kept
 * and sent once it can (on load, and again into a style rebuilt after a context loss).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerData } from '../../data/model';
import { LAYER_IDS, type LayerId } from '../../data/schema';
import { sourceId } from '../style/data-layers';
import { DatePainter } from './date-painter';

export class DataSources {
  private readonly data = new Map<LayerId, LayerData>();
  private readonly applied = new Map<LayerId, LayerData>();
  readonly painter: DatePainter;

  /** `live`: the map when it can take calls; `day`: the day to show; `onApplied`: a source
   * got its data. */
  constructor(
    private readonly live: () => MapLibreMap | null,
    day: () => number,
    private readonly onApplied: () => void,
  ) {
    this.painter = new DatePainter(live, day);
  }

  /** Whether every data layer's source has its data. */
  get complete(): boolean {
    return this.applied.size >= LAYER_IDS.length;
  }

  set(id: LayerId, layer: LayerData): void {
    if (this.data.get(id) === layer) return;
    this.data.set(id, layer);
    this.apply(id, layer);
  }

  /** Sends what the map does not have yet, and paints the day anew. */
  applyAll(): void {
    for (const [id, layer] of this.data) this.apply(id, layer);
    this.painter.repaint();
  }

  /** The map's style was rebuilt from its snapshot: it has the sources' data (the snapshot
   * holds it) but no feature state, so every look is sent again. */
  forget(): void {
    this.painter.forget();
  }

  private apply(id: LayerId, layer: LayerData): void {
    const map = this.live();
    if (!map || this.applied.get(id) === layer) return;
    (map.getSource(sourceId(id)) as GeoJSONSource | undefined)?.setData(layer.geojson);
    this.applied.set(id, layer);
    this.painter.setRecords(id, layer.records);
    this.onApplied();
  }
}
