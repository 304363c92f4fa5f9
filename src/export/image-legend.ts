/** The exported image's legend: what the view draws, each actor shown with its colour and shape
 * (`data/actors.json`), the events and the moves when shown, every look a site can have on the
 * map (active, uncertain date, not confirmed, approximate position, vacated) and a comparison's
 * rings, so that a picture printed without the app still says what each mark means. Pure. */
import { SITE_LAYER_IDS } from '../data/schema';
import { layerName } from '../i18n/actor-text';
import type { MessageKey } from '../i18n/en';
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

/** The site looks, in the grey of the legend panel (the colour says the actor, above). */
const LOOKS: readonly { key: MessageKey; color: string; shape: SwatchShape }[] = [
  { key: 'legend.active', color: '#1f2937', shape: 'circle' },
  { key: 'legend.uncertain', color: '#6b7280', shape: 'dashed' },
  { key: 'legend.unconfirmed', color: '#9ca3af', shape: 'query' },
  { key: 'legend.approximate', color: '#4b5563', shape: 'corners' },
  { key: 'legend.ended', color: '#6b7280', shape: 'ring' },
];

export function imageLegend(
  view: Pick<ViewState, 'lang' | 'layers' | 'compare' | 'date'>,
): LegendEntry[] {
  const t = (key: MessageKey) => translate(view.lang, key);
  const sites = SITE_LAYER_IDS.filter((id) => view.layers.includes(id));
  const legend: LegendEntry[] = sites.map((id) => ({
    label: layerName(view.lang, id),
    color: actorColor(id),
    shape: actorShape(id),
  }));
  if (view.layers.includes('events'))
    legend.push({ label: t('layer.events'), color: EVENTS_SWATCH_COLOR, shape: 'triangle' });
  if (view.layers.includes('moves'))
    legend.push({ label: t('layer.moves'), color: MOVE_COLOR, shape: 'line' });
  if (sites.length > 0) for (const look of LOOKS) legend.push({ ...look, label: t(look.key) });
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
