/** Actors' and layers' names in a language: an actor's are data (`data/actors.json`), the events'
 * and the moves' layers are the dictionaries'. */
import { actorSpec } from '../data/actors';
import type { LayerId } from '../data/schema';
import { translate } from './index';
import type { Lang } from './lang';

export function actorName(lang: Lang, actor: string): string {
  return actorSpec(actor)[`name:${lang}`];
}

export function layerName(lang: Lang, layer: LayerId): string {
  if (layer === 'events') return translate(lang, 'layer.events');
  if (layer === 'moves') return translate(lang, 'layer.moves');
  const spec = actorSpec(layer);
  return spec[`layer:${lang}`] ?? spec[`name:${lang}`];
}
