/** The Layers panel's rows: every layer in order, named in the reader's language, with its
 * swatch (an actor's shape and colour are data, \`data/actors.json\`) and the group heading where
 * the group changes (states, the UN, the EU, then the events and moves). Pure. */
import { actorSpec } from '../data/actors';
import { LAYER_IDS, type LayerId } from '../data/schema';
import { layerName } from '../i18n/actor-text';
import type { Lang } from '../i18n/lang';
import { actorColor, actorShape, EVENTS_SWATCH_COLOR, MOVE_COLOR } from '../theme/palette';

export type LayerGroup = 'state' | 'un' | 'eu' | 'coalition' | 'pmc' | 'local' | 'changes';

export interface LegendRow {
  readonly id: LayerId;
  readonly name: string;
  readonly group: LayerGroup;
  /** The first row of its group: the group's heading goes before it. */
  readonly heading: boolean;
  readonly swatch: { readonly className: string; readonly color: string };
}

function groupOf(id: LayerId): LayerGroup {
  return id === 'events' || id === 'moves' ? 'changes' : actorSpec(id).group;
}

function swatchOf(id: LayerId): LegendRow['swatch'] {
  if (id === 'events') return { className: 'swatch swatch--triangle', color: EVENTS_SWATCH_COLOR };
  if (id === 'moves') return { className: 'swatch swatch--line', color: MOVE_COLOR };
  return { className: `swatch swatch--${actorShape(id)}`, color: actorColor(id) };
}

export function layerLegend(lang: Lang): LegendRow[] {
  return LAYER_IDS.map((id, i) => ({
    id,
    name: layerName(lang, id),
    group: groupOf(id),
    heading: i === 0 || groupOf(LAYER_IDS[i - 1] ?? '') !== groupOf(id),
    swatch: swatchOf(id),
  }));
}
