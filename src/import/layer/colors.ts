/**
 * Colour by event type and size by fatalities, shared by the map layer, its picking and the
 * legend. ACLED's six event types and GED's three types of violence have fixed colours; other
 * types take the remaining ones in order of appearance.
 */
import type { Origin } from '../parse/formats';

// Maps, not objects: a type read from a file is looked up, never used as a property name (a
// type named `constructor` would otherwise find a function).
const FIXED = new Map([
  // ACLED event_type
  ['battles', '#b91c1c'],
  ['violence against civilians', '#7c3aed'],
  ['explosions/remote violence', '#ea580c'],
  ['riots', '#ca8a04'],
  ['protests', '#0891b2'],
  ['strategic developments', '#4b5563'],
]);

/** GED type_of_violence: 1 state-based, 2 non-state, 3 one-sided (against civilians). */
const GED = new Map([
  ['1', '#b91c1c'],
  ['2', '#ea580c'],
  ['3', '#7c3aed'],
]);

const OTHERS = ['#2563eb', '#059669', '#db2777', '#65a30d', '#9333ea', '#0d9488', '#78716c'];

export function typeColors(origin: Origin, types: readonly string[]): string[] {
  let next = 0;
  return types.map((type) => {
    const fixed = origin === 'ged' ? GED.get(type) : FIXED.get(type.toLowerCase());
    return fixed ?? OTHERS[next++ % OTHERS.length] ?? '#4b5563';
  });
}

/** The largest marker's radius in CSS pixels (the picking grid reaches this far). */
export const MAX_RADIUS = 14;

/** The marker's radius in CSS pixels: 3 px when not given, growing with the log of deaths. */
export function radiusOf(fatalities: number): number {
  if (fatalities <= 0) return 3;
  return Math.min(MAX_RADIUS, 3.5 + 2 * Math.log2(1 + fatalities));
}

export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
