/** The name of the record under the pointer, beside it: a reader scanning the map sees what a
 * mark is without opening it. The map itself is not in the Tab order by site, so keyboard
 * readers get the same names in the list and the search. */
import type { Dataset } from '../data/dataset';
import { recordName } from '../i18n/record-text';
import { useLang } from '../state/use-lang';

export interface Hover {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export function MapTooltip({ hover, dataset }: { hover: Hover | null; dataset: Dataset | null }) {
  const lang = useLang();
  const r = hover && dataset?.byId.get(hover.id);
  if (!hover || !r || !dataset) return null;
  return (
    <div
      role="tooltip"
      className="map-tooltip"
      style={{ left: `${hover.x}px`, top: `${hover.y}px` }}
    >
      {recordName(r, lang, dataset.byId)}
    </div>
  );
}
