import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { OpeningFrame } from './opening-frame';

/** Just what a fit calls of a map: its size, `cameraForBounds`, and the jumps it is given. */
function fakeMap() {
  const jumps: unknown[] = [];
  const asked: unknown[] = [];
  const map = {
    getContainer: () => ({ getBoundingClientRect: () => ({ width: 800, height: 600 }) }),
    cameraForBounds: (_bounds: unknown, options: unknown) => {
      asked.push(options);
      return { center: { lng: -2, lat: 15 }, zoom: 4.2 };
    },
    getZoom: () => 3,
    jumpTo: (to: unknown) => jumps.push(to),
  };
  return { map: map as unknown as MapLibreMap, jumps, asked };
}

const sites = [{ id: 'gao', lonLat: [-0.04, 16.27] as const }];
const frame = (measured: { n: number }) => ({
  sites,
  bounds: [
    [-5, 10],
    [5, 20],
  ] as [[number, number], [number, number]],
  padding: () => {
    measured.n++;
    return { top: 10, right: 200, bottom: 10, left: 10 };
  },
});

describe('OpeningFrame', () => {
  it('asked before the map exists: the map jumps to it once made, measured then', async () => {
    const opening = new OpeningFrame();
    const measured = { n: 0 };
    const camera = opening.ask(null, frame(measured));
    expect(measured.n).toBe(0);
    const { map, jumps, asked } = fakeMap();
    opening.place(map);
    expect(measured.n).toBe(1);
    expect(asked).toEqual([{ padding: { top: 10, right: 200, bottom: 10, left: 10 }, maxZoom: 6 }]);
    expect(jumps).toEqual([{ center: [-2, 15], zoom: 4.2 }]);
    await expect(camera).resolves.toEqual({ zoom: 4.2, lat: 15, lon: -2 });
    expect(opening.framed).toEqual(sites);
    opening.place(map); // placed once
    expect(jumps).toHaveLength(1);
  });

  it('asked once the map exists: the camera at once, and the map is not moved', async () => {
    const opening = new OpeningFrame();
    const { map, jumps } = fakeMap();
    await expect(opening.ask(map, frame({ n: 0 }))).resolves.toEqual({
      zoom: 4.2,
      lat: 15,
      lon: -2,
    });
    expect(jumps).toEqual([]);
  });

  it('no site: no camera, and nothing framed', async () => {
    const opening = new OpeningFrame();
    await expect(opening.ask(null, { ...frame({ n: 0 }), sites: [] })).resolves.toBeNull();
    expect(opening.framed).toEqual([]);
  });
});
