import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { PickableLayer } from '../host';
import { forEachDataLayer } from '../style/view-style';
import { CustomLayers } from './custom-layers';

function fakeMap(present: string[]) {
  const added: [string, string | undefined][] = [];
  const map = {
    getLayer: (id: string) => (present.includes(id) ? { id } : undefined),
    addLayer: (layer: { id: string }, below?: string) => {
      added.push([layer.id, below]);
      present.push(layer.id);
    },
    removeLayer: (id: string) => present.splice(present.indexOf(id), 1),
    style: {},
  };
  return { map: map as unknown as MapLibreMap, added, present };
}

const layer = { id: 'imported', type: 'custom', render() {} } as CustomLayerInterface;

describe('CustomLayers', () => {
  it('keeps a layer until the map can take it, then adds it once, under the data layers', () => {
    const first: string[] = [];
    forEachDataLayer((spec) => {
      first.push(spec.id);
    });
    const { map, added } = fakeMap([...first]);
    let live: MapLibreMap | null = null;
    const layers = new CustomLayers(() => live);
    layers.add(layer);
    layers.add(layer);
    expect(added).toEqual([]);
    live = map;
    layers.flush();
    layers.add(layer);
    expect(added).toEqual([['imported', first[0]]]);
  });

  it('removes a layer that waited, so that it is never added', () => {
    const { map, added } = fakeMap([]);
    let live: MapLibreMap | null = null;
    const layers = new CustomLayers(() => live);
    layers.add(layer);
    layers.remove('imported', null);
    live = map;
    layers.flush();
    expect(added).toEqual([]);
  });

  it('adds every kept layer again into a style rebuilt after a context loss', () => {
    const { map, added, present } = fakeMap([]);
    const layers = new CustomLayers(() => map);
    layers.add(layer);
    present.length = 0; // the rebuilt style has no custom layer
    layers.flush();
    expect(added).toEqual([
      ['imported', undefined],
      ['imported', undefined],
    ]);
  });

  it('offers a click to the topmost layer first, after every layer dropped its pick', () => {
    const { map } = fakeMap([]);
    const heard: string[] = [];
    const pickable = (id: string, takes: boolean): PickableLayer => ({
      id,
      type: 'custom',
      render() {},
      pick: () => {
        heard.push(`pick ${id}`);
        return takes;
      },
      unpick: () => heard.push(`unpick ${id}`),
    });
    const layers = new CustomLayers(() => map);
    layers.add(pickable('a', true));
    layers.add(pickable('b', true));
    layers.add(pickable('c', false));
    layers.pick({ lng: 0, lat: 0, zoom: 4 });
    expect(heard).toEqual(['unpick a', 'unpick b', 'unpick c', 'pick c', 'pick b']);
  });
});
