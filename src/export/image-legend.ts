/** The exported image's legend: what the view draws, each actor shown with its colour and shape
 * (\`data/actors.json\`), the events, the moves, the vacated look and a comparison's rings. Pure. */
import { SITE_LAYER_IDS } from '../data/schema';
import { layerName } from '../i18n/actor-text';
import { formatDay } from '../i18n/format-date';
import { translate } from '../i18n/index';
import type { ViewState } from '../state/view-state';
import {
  actorColor,
  actorShape,
  COMPARE_COLOR,
  EVENTS_SWATCH_COLOR,
  MOVE_COLOR,
} from '../theme/palette';
import type { SwatchShape } from './image';

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly shape: SwatchShape;
}

export function imageLegend(view: ViewState): LegendEntry[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(view.lang, key);
  const legend: LegendEntry[] = [
    ...SITE_LAYER_IDS.filter((id) => view.layers.includes(id)).map((id) => ({
      label: layerName(view.lang, id),
      color: actorColor(id),
      shape: actorShape(id),
    })),
    { label: t('layer.events'), color: EVENTS_SWATCH_COLOR, shape: 'triangle' },
    { label: t('layer.moves'), color: MOVE_COLOR, shape: 'line' },
    { label: t('legend.ended'), color: '#6b7280', shape: 'ring' },
  ];
  if (view.compare !== null) {
    legend.push({
      label: translate(view.lang, 'compare.period', {
        from: formatDay(view.lang, Math.min(view.compare, view.date)),
        to: formatDay(view.lang, Math.max(view.compare, view.date)),
      }),
      color: COMPARE_COLOR,
      shape: 'ring',
    });
  }
  return legend;
}
