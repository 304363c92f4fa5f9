import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import type { ImportedEvent } from '../parse/normalize';
import { buildTable, mercatorX, mercatorY } from '../parse/table';
import { PickGrid } from './pick-grid';

const day = dayNumber(2022, 3, 1);

function event(lon: number, lat: number, start: number, end = start + 1): ImportedEvent {
  return {
    lon,
    lat,
    start,
    end,
    precision: 'day',
    gedPrecision: 0,
    type: 'Battles',
    fatalities: 0,
    actors: '',
    notes: '',
    source: '',
    place: '',
  };
}

describe('PickGrid', () => {
  const table = buildTable([
    event(0, 15, day - 10),
    event(0.001, 15, day - 200),
    event(5, 12, day + 5),
    event(-3, 14, day - 3),
  ]);
  const grid = new PickGrid(table);
  const px = 512 * 2 ** 8; // zoom 8
  const at = (lon: number, lat: number, windowDays = 90) =>
    grid.pick(mercatorX(lon), mercatorY(lat), px, day, windowDays);

  it('finds the event drawn under the point, with the shader’s day test', () => {
    const i = at(0, 15);
    expect(i).not.toBeNull();
    expect(table.start[i ?? 0]).toBe(day - 10);
    // The older one at the same place is out of a 90-day window, but in "everything so far".
    expect(at(0.001, 15, 30)).toBe(i);
    expect(at(-3, 14)).not.toBeNull();
  });

  it('finds nothing where nothing is drawn at the day', () => {
    expect(at(5, 12)).toBeNull(); // starts after the day
    expect(at(2, 15)).toBeNull(); // empty place
  });
});
