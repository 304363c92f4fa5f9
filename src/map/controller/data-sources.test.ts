import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../../data/dates';
import { realDataset } from '../../data/testing/real-dataset';
import { DataSources } from './data-sources';

const dataset = realDataset();

/** The animation frames the painter asks for, run when the test says. */
let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
});
afterEach(() => vi.unstubAllGlobals());
const runFrames = () => {
  for (const f of frames.splice(0)) f();
};

function fakeMap() {
  const states: [string, string, unknown][] = [];
  const data = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => ({ setData: (d: unknown) => data.set(id, d) }),
    setFeatureState: (f: { source: string; id: string }, s: unknown) =>
      states.push([f.source, f.id, s]),
    setGlobalStateProperty: () => {},
  };
  return { map: map as unknown as MapLibreMap, states, data };
}

describe('DataSources', () => {
  const france = dataset.layers.find((l) => l.id === 'france');
  if (!france) throw new Error('no france layer');

  it('keeps data until the map can take it, then sends it and paints every feature once', () => {
    const { map, states, data } = fakeMap();
    let live: MapLibreMap | null = null;
    let day = dayNumber(2021, 6, 1);
    const applied = vi.fn();
    const sources = new DataSources(
      () => live,
      () => day,
      applied,
    );
    sources.set('france', france);
    expect(data.size).toBe(0);
    live = map;
    sources.applyAll();
    expect(data.get('data-france')).toBe(france.geojson);
    expect(applied).toHaveBeenCalledTimes(1);
    runFrames();
    expect(states).toHaveLength(france.records.length);

    // The same day again: nothing to send. A day on which Kidal, Tessalit and Timbuktu change:
    // only the features whose look changed.
    states.length = 0;
    sources.painter.repaint();
    runFrames();
    expect(states).toEqual([]);
    day = dayNumber(2021, 12, 14);
    sources.painter.schedule();
    runFrames();
    expect(states.length).toBeGreaterThan(0);
    expect(states.length).toBeLessThan(france.records.length);
    expect(states.map(([, id]) => id)).toContain('fr-timbuktu');
  });

  it('after a context loss every look is sent again, and the same data is not sent twice', () => {
    const { map, states, data } = fakeMap();
    const sources = new DataSources(
      () => map,
      () => dayNumber(2021, 6, 1),
      () => {},
    );
    sources.set('france', france);
    sources.set('france', france);
    runFrames();
    data.clear();
    states.length = 0;
    sources.forget();
    sources.applyAll();
    runFrames();
    expect(data.size).toBe(0);
    expect(states).toHaveLength(france.records.length);
  });

  it('a cancelled paint sends nothing', () => {
    const { map, states } = fakeMap();
    const sources = new DataSources(
      () => map,
      () => dayNumber(2021, 6, 1),
      () => {},
    );
    sources.set('france', france);
    sources.painter.cancel();
    runFrames();
    expect(states).toEqual([]);
    expect(sources.painter.pending).toBe(false);
  });
});
