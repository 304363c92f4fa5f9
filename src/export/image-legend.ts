/** The PNG's legend: the layers shown and every look a site can have on the map (active,
 * uncertain date, not confirmed, approximate position, vacated), so that a picture printed
 * without the app still says what each mark means. Pure. */
import type { LayerId } from '../data/schema';
import type { MessageKey } from '../i18n/en';
import { ACTOR_COLOR, EVENTS_SWATCH_COLOR, MOVE_COLOR } from '../theme/palette';
import type { SwatchShape } from './image';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly shape: SwatchShape;
}

const LAYERS: Record<LayerId, { key: MessageKey; color: string; shape: SwatchShape }> = {
  france: { key: 'layer.france', color: ACTOR_COLOR.france, shape: 'circle' },
  russia: { key: 'layer.russia', color: ACTOR_COLOR.russia, shape: 'diamond' },
  events: { key: 'layer.events', color: EVENTS_SWATCH_COLOR, shape: 'triangle' },
  moves: { key: 'layer.moves', color: MOVE_COLOR, shape: 'line' },
};

/** The site looks, in the grey of the legend panel (the colour says the actor, above). */
const LOOKS: readonly { key: MessageKey; color: string; shape: SwatchShape }[] = [
  { key: 'legend.active', color: '#1f2937', shape: 'circle' },
  { key: 'legend.uncertain', color: '#6b7280', shape: 'dashed' },
  { key: 'legend.unconfirmed', color: '#9ca3af', shape: 'pale' },
  { key: 'legend.approximate', color: '#d1d5db', shape: 'pale' },
  { key: 'legend.ended', color: '#6b7280', shape: 'ring' },
];

export function imageLegend(
  layers: readonly LayerId[],
  t: (key: MessageKey) => string,
): LegendItem[] {
  const items: LegendItem[] = [];
  for (const id of layers) items.push({ ...LAYERS[id], label: t(LAYERS[id].key) });
  const sites = layers.includes('france') || layers.includes('russia');
  if (sites) for (const look of LOOKS) items.push({ ...look, label: t(look.key) });
  return items;
}
