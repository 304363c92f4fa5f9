/**
 * The reader's words for what the map draws, and the style layers that draw it: the one place in
 * e2e/ that names MapLibre layer ids, so that specs read as the reader sees the map and a renamed
 * layer is fixed here. Pure (types only from src/, whose style modules need Vite to load):
 * `src/e2e-shape.test.ts` checks these ids against the style itself.
 */
import type { LayerId } from '../../../src/data/schema';
import type { BasemapLayerId } from '../../../src/map/basemap/layers';

/** An actor with sites (an id of data/actors.json with a file). */
export type SiteActor = string;

/** How the map draws a site, in the words of its status in the lists: active; leaving, the day
 * uncertain; there but not confirmed since the last report; vacated. */
export type SiteLook = 'active' | 'uncertain' | 'unconfirmed' | 'vacated';
export const SITE_LOOKS: readonly SiteLook[] = ['active', 'uncertain', 'unconfirmed', 'vacated'];

/** The style's name for a look (its `SiteState`): a vacated site is drawn as "ended". */
export function siteState(look: SiteLook): 'active' | 'uncertain' | 'unconfirmed' | 'ended' {
  return look === 'vacated' ? 'ended' : look;
}

/** The layer that draws an actor's sites in one look. */
export function siteLayer(actor: SiteActor, look: SiteLook): string {
  return look === 'active' ? `${actor}-sites` : `${actor}-sites-${siteState(look)}`;
}

/** Every layer that draws a data layer's records (markers, halos, labels, lines, arrows): the
 * events' and the moves' own, and the same set for every actor's sites. */
export function recordLayers(layer: LayerId): readonly string[] {
  if (layer === 'events') return ['events-points'];
  if (layer === 'moves') return ['moves-lines', 'moves-arrows'];
  return [`${layer}-approx`, ...SITE_LOOKS.map((l) => siteLayer(layer, l)), `${layer}-labels`];
}

/** Names on the map: the basemap's, and the data sites' own. */
export type Names = keyof typeof BASEMAP_NAMES | `${SiteActor} sites`;

const BASEMAP_NAMES = {
  countries: 'country-labels',
  capitals: 'place-labels',
  towns: 'town-labels',
  lakes: 'lake-labels',
  rivers: 'river-labels',
} as const satisfies Record<string, BasemapLayerId>;

/** The layer that draws some names. */
export function nameLayer(names: Names): string {
  const site = /^(.+) sites$/.exec(names);
  return site ? `${site[1]}-labels` : BASEMAP_NAMES[names as keyof typeof BASEMAP_NAMES];
}

/** The replay's mark of a hand-over: its ring and its label ("France → Russia"). */
export const HANDOVER_MARK_LAYERS = ['handover-ring', 'handover-label'] as const;
