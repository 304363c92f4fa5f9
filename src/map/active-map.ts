/** The map controller of the page, for the image export (which copies the map as drawn). Set
 * and cleared by `MapView`. */
import type { MapController } from './controller/map-controller';

let active: MapController | null = null;

export function setActiveMap(controller: MapController | null): void {
  active = controller;
}

export function activeMap(): MapController | null {
  return active;
}
