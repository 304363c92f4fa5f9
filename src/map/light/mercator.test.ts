import Point from '@mapbox/point-geometry';
import { LngLat } from 'maplibre-gl-src/geo/lng_lat';
import { LngLatBounds } from 'maplibre-gl-src/geo/lng_lat_bounds';
import { cameraForBoxAndBearing } from 'maplibre-gl-src/geo/projection/camera_helper';
import { MercatorTransform } from 'maplibre-gl-src/geo/projection/mercator_transform';
import { describe, expect, it } from 'vitest';
import type { Camera } from '../../state/view-state';
import {
  type Box,
  constrain,
  fitBox,
  type Limits,
  panBy,
  project,
  type Size,
  unproject,
  zoomAround,
} from './mercator';

/** The app's limits (BOUNDS and ZOOM_RANGE of the MapLibre map). */
const LIMITS: Limits = {
  bounds: [
    [-45, -40],
    [70, 80],
  ],
  minZoom: 2,
  maxZoom: 12,
};

const DESKTOP: Size = { width: 1280, height: 800 };
const PHONE: Size = { width: 390, height: 533 };

/** MapLibre's transform for a map of some size with the app's limits, jumped to a camera. */
function maplibre(size: Size, camera: Camera): MercatorTransform {
  const t = new MercatorTransform({ minZoom: LIMITS.minZoom, maxZoom: LIMITS.maxZoom });
  t.resize(size.width, size.height);
  const [[w, s], [e, n]] = LIMITS.bounds;
  t.setMaxBounds(new LngLatBounds([w, s], [e, n]));
  // As `jumpTo` does: the zoom, then the centre.
  t.setZoom(camera.zoom);
  t.setCenter(new LngLat(camera.lon, camera.lat));
  return t;
}

const cameraOf = (t: MercatorTransform): Camera => ({
  zoom: t.zoom,
  lat: t.center.lat,
  lon: t.center.lng,
});

/** Places of the story, from Dakar to Moscow. */
const PLACES: [number, number][] = [
  [-17.44, 14.69], // Dakar
  [-0.04, 16.27], // Gao
  [15.04, 12.11], // N'Djamena
  [18.56, 4.36], // Bangui
  [13.19, 32.89], // Tripoli
  [37.62, 55.75], // Moscow
];

const CAMERAS: Camera[] = [
  { zoom: 3.6, lat: 15.5, lon: 8 },
  { zoom: 2, lat: 10, lon: 0 },
  { zoom: 5.3, lat: 16.2, lon: -0.1 },
  { zoom: 9.7, lat: 13.5, lon: 2.1 },
  { zoom: 4.1, lat: 60, lon: 60 }, // past the east edge: pulled back
  { zoom: 5, lat: 79, lon: 20 }, // past the north edge
  { zoom: 12.5, lat: -39, lon: -44 }, // past the zoom range and the south-west corner
];

/** How far apart two positions are, in pixels. */
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('the light map’s camera math agrees with MapLibre’s transform', () => {
  for (const size of [DESKTOP, PHONE]) {
    for (const asked of CAMERAS) {
      it(`${size.width}×${size.height} at ${JSON.stringify(asked)}: same camera, places within 1 px`, () => {
        const t = maplibre(size, asked);
        const ours = constrain(asked, size, LIMITS);
        expect(ours.zoom).toBeCloseTo(t.zoom, 6);
        for (const at of PLACES) {
          const theirs = t.locationToScreenPoint(new LngLat(at[0], at[1]));
          expect(apart(project(ours, size, at), theirs)).toBeLessThan(1);
        }
      });
    }
  }

  it('the check can fail: a camera off by a tenth of a zoom is caught', () => {
    const t = maplibre(DESKTOP, CAMERAS[0] as Camera);
    const off = { ...cameraOf(t), zoom: t.zoom + 0.1 };
    const gao = PLACES[1] as [number, number];
    const theirs = t.locationToScreenPoint(new LngLat(gao[0], gao[1]));
    expect(apart(project(off, DESKTOP, gao), theirs)).toBeGreaterThan(1);
  });

  it('a point of the map is the place MapLibre finds there', () => {
    const camera = cameraOf(maplibre(DESKTOP, { zoom: 4.4, lat: 14, lon: 3 }));
    const t = maplibre(DESKTOP, camera);
    const [lon, lat] = unproject(camera, DESKTOP, [200, 650]);
    const theirs = t.screenPointToLocation(new Point(200, 650));
    expect(lon).toBeCloseTo(theirs.lng, 8);
    expect(lat).toBeCloseTo(theirs.lat, 8);
  });

  it('a zoom about a point keeps the place under it, as MapLibre’s wheel does', () => {
    const camera = cameraOf(maplibre(DESKTOP, { zoom: 4, lat: 15, lon: 2 }));
    const t = maplibre(DESKTOP, camera);
    const point = new Point(900, 250);
    const under = t.screenPointToLocation(point);
    t.setZoom(5.25);
    t.setLocationAtPoint(under, point);
    const ours = constrain(zoomAround(camera, DESKTOP, [900, 250], 5.25), DESKTOP, LIMITS);
    for (const at of PLACES) {
      const theirs = t.locationToScreenPoint(new LngLat(at[0], at[1]));
      expect(apart(project(ours, DESKTOP, at), theirs)).toBeLessThan(1);
    }
  });

  it('a pan moves every place by the pointer’s move', () => {
    const camera = { zoom: 5, lat: 15, lon: 2 };
    const moved = panBy(camera, 120, -45);
    const gao = PLACES[1] as [number, number];
    const before = project(camera, DESKTOP, gao);
    const after = project(moved, DESKTOP, gao);
    expect(after.x - before.x).toBeCloseTo(120, 6);
    expect(after.y - before.y).toBeCloseTo(-45, 6);
  });

  for (const size of [DESKTOP, PHONE]) {
    it(`${size.width}×${size.height}: a fit to the Sahel’s box is MapLibre’s cameraForBounds`, () => {
      const box: Box = [
        [-17.4, 11.2],
        [20.8, 20.2],
      ];
      const padding = { top: 20, right: 84, bottom: 20, left: 270 };
      const t = maplibre(size, { zoom: 3.6, lat: 15.5, lon: 8 });
      const theirs = cameraForBoxAndBearing(
        { padding, offset: [0, 0], maxZoom: 6 },
        padding,
        { top: 0, bottom: 0, left: 0, right: 0 },
        new LngLatBounds([-17.4, 11.2], [20.8, 20.2]),
        0,
        t,
      );
      const ours = fitBox(box, size, padding, 6);
      expect(ours?.zoom).toBeCloseTo(theirs?.zoom ?? 0, 8);
      expect(ours?.lon).toBeCloseTo(theirs?.center.lng ?? 0, 8);
      expect(ours?.lat).toBeCloseTo(theirs?.center.lat ?? 0, 8);
    });
  }

  it('no room left inside the padding: no camera, as MapLibre finds none', () => {
    const padding = { top: 10, right: 200, bottom: 10, left: 250 };
    const box: Box = [
      [-17.4, 11.2],
      [20.8, 20.2],
    ];
    const theirs = cameraForBoxAndBearing(
      { padding, offset: [0, 0], maxZoom: 6 },
      padding,
      { top: 0, bottom: 0, left: 0, right: 0 },
      new LngLatBounds([-17.4, 11.2], [20.8, 20.2]),
      0,
      maplibre(PHONE, { zoom: 3.6, lat: 15.5, lon: 8 }),
    );
    expect(theirs).toBeUndefined();
    expect(fitBox(box, PHONE, padding, 6)).toBeNull();
  });
});
