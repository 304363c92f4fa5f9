/**
 * The map's whole style as a pure function of the view (tested in Node): the basemap, one empty
 * source per data layer, the data layers with the reader's visibility, kinds and language, and
 * the selection ring. The controller builds the first style with it and applies later changes
 * with the same functions (`filterFor`, `languageFields`), so both paths say the same thing.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER_IDS, type LayerId, type RecordKind } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { ViewState } from '../../state/view-state';
import type { BasemapData } from '../basemap/decode';
import { labelField, TRANSLATED_LABEL_LAYERS } from '../basemap/layers';
import { basemapStyle } from '../basemap/style';
import { DATA_LAYERS, nameField, selectionLayers, sourceId } from './data-layers';
import type { MapMark } from './handover-marks';
import { SELECTED_STATE } from './look-paint';

/** What the map shows: the view (the camera is applied by the controller) and the records a
 * comparison rings. */
export interface MapInputs extends ViewState {
  readonly rings: readonly string[];
  /** The replay's recent hand-overs (none when there is none to mark). */
  readonly handovers?: readonly MapMark[];
}

/** Every layer whose text follows the language, with its text in that language: the basemap's
 * translated names and the data sites' labels. */
export function languageFields(lang: Lang): [string, ExpressionSpecification][] {
  const data = LAYER_IDS.flatMap((id) =>
    (DATA_LAYERS[id] ?? [])
      .filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      .map((l): [string, ExpressionSpecification] => [l.id, nameField(lang)]),
  );
  return [
    ...TRANSLATED_LABEL_LAYERS.map((id): [string, ExpressionSpecification] => [
      id,
      labelField(lang),
    ]),
    ...data,
  ];
}

/** A data layer's own filter, plus one that leaves out the kinds the reader hid (a discrete
 * choice: the source is re-processed once, not at every slider step). */
export function filterFor(
  layer: LayerSpecification,
  hidden: readonly RecordKind[],
): FilterSpecification | undefined {
  const own = 'filter' in layer ? layer.filter : undefined;
  if (hidden.length === 0) return own;
  const shown: FilterSpecification = ['!', ['in', ['get', 'kind'], ['literal', [...hidden]]]];
  return own ? ['all', own as ExpressionSpecification, shown] : shown;
}

/** Calls `f` for every MapLibre layer of every data layer. */
export function forEachDataLayer(f: (layer: LayerSpecification, id: LayerId) => void): void {
  for (const id of LAYER_IDS) for (const layer of DATA_LAYERS[id] ?? []) f(layer, id);
}

/** The layers that draw the sites' icons (the sites' own layers, not their halos or names). */
export function siteIconLayers(): string[] {
  const ids: string[] = [];
  forEachDataLayer((layer, id) => {
    const site = id === 'france' || id === 'russia';
    if (site && layer.type === 'symbol' && layer.layout?.['icon-image'] !== undefined) {
      ids.push(layer.id);
    }
  });
  return ids;
}

/** A data layer as the view wants it: visibility and kinds (the language is set after). */
function withInputs(spec: LayerSpecification, id: LayerId, inputs: ViewState): LayerSpecification {
  const visibility: 'visible' | 'none' = inputs.layers.includes(id) ? 'visible' : 'none';
  const filter = filterFor(spec, inputs.hidden);
  const layer = (
    filter && spec.type !== 'background' ? { ...spec, filter } : spec
  ) as LayerSpecification;
  return { ...layer, layout: { ...layer.layout, visibility } } as LayerSpecification;
}

/** The first style: everything the view asks for, the data sources still empty. */
export function initialStyle(inputs: ViewState, basemap: BasemapData | null): StyleSpecification {
  const base = basemapStyle(inputs.lang, basemap);
  const sources = { ...base.sources };
  for (const id of LAYER_IDS) {
    sources[sourceId(id)] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      // Feature state (each feature's look at the slider's day) is keyed by the record id.
      promoteId: 'id',
    };
  }
  const layers = [...base.layers];
  forEachDataLayer((layer, id) => {
    layers.push(withInputs(layer, id, inputs));
  });
  layers.push(...selectionLayers());
  const text = new Map(languageFields(inputs.lang));
  return {
    ...base,
    sources,
    layers: layers.map((l) => {
      const field = text.get(l.id);
      return field && l.type === 'symbol'
        ? ({ ...l, layout: { ...l.layout, 'text-field': field } } as LayerSpecification)
        : l;
    }),
    state: {
      date: { default: inputs.date },
      [SELECTED_STATE]: { default: inputs.selected ?? '' },
    },
  };
}
