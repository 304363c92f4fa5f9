/**
 * The few parts of MapLibre's TypeScript sources (`node_modules/maplibre-gl/src`, aliased as
 * `maplibre-gl-src` in vitest.config.ts) that the unit tests run, to hold the light map's camera
 * math to MapLibre's own. Typed here by hand: type-checking MapLibre's sources with this
 * project's settings is not this project's job.
 */
declare module 'maplibre-gl-src/geo/lng_lat' {
  export class LngLat {
    constructor(lng: number, lat: number);
    lng: number;
    lat: number;
  }
}

declare module 'maplibre-gl-src/geo/lng_lat_bounds' {
  import type { LngLat } from 'maplibre-gl-src/geo/lng_lat';
  export class LngLatBounds {
    constructor(sw: [number, number] | LngLat, ne: [number, number] | LngLat);
  }
}

declare module 'maplibre-gl-src/geo/projection/mercator_transform' {
  import type { LngLat } from 'maplibre-gl-src/geo/lng_lat';
  import type { LngLatBounds } from 'maplibre-gl-src/geo/lng_lat_bounds';
  export class MercatorTransform {
    constructor(options?: { minZoom?: number; maxZoom?: number; renderWorldCopies?: boolean });
    readonly center: LngLat;
    readonly zoom: number;
    readonly worldSize: number;
    readonly scale: number;
    readonly width: number;
    readonly height: number;
    readonly padding: { top: number; bottom: number; left: number; right: number };
    readonly worldCoordinateHelper: unknown;
    resize(width: number, height: number): void;
    setMaxBounds(bounds: LngLatBounds): void;
    setZoom(zoom: number): void;
    setCenter(center: LngLat): void;
    locationToScreenPoint(at: LngLat): { x: number; y: number };
    screenPointToLocation(point: { x: number; y: number }): LngLat;
    setLocationAtPoint(at: LngLat, point: { x: number; y: number }): void;
  }
}

declare module 'maplibre-gl-src/geo/projection/camera_helper' {
  import type { LngLat } from 'maplibre-gl-src/geo/lng_lat';
  import type { LngLatBounds } from 'maplibre-gl-src/geo/lng_lat_bounds';
  import type { MercatorTransform } from 'maplibre-gl-src/geo/projection/mercator_transform';

  type Padding = { top: number; bottom: number; left: number; right: number };
  export function cameraForBoxAndBearing(
    options: { padding: Padding; offset: [number, number]; maxZoom: number },
    fitPadding: Padding,
    mapPadding: Padding,
    bounds: LngLatBounds,
    bearing: number,
    tr: MercatorTransform,
  ): { center: LngLat; zoom: number } | undefined;
}
