import { describe, expect, it } from 'vitest';
import { indexColumns, optionsFor, SHOWN, searchColumns } from './column-search';

const wide = indexColumns(Array.from({ length: 50_000 }, (_, i) => `Column_${i}`));

describe('searching a wide header', () => {
  it('lists at most SHOWN columns and counts every match', () => {
    const all = searchColumns(wide, '');
    expect(all.names.length).toBe(SHOWN);
    expect(all.total).toBe(50_000);
    const some = searchColumns(wide, 'column_4999');
    expect(some.names).toEqual([
      'Column_4999',
      ...Array.from({ length: 10 }, (_, i) => `Column_4999${i}`),
    ]);
    expect(some.total).toBe(11);
  });
  it('keeps the chosen column in its list', () => {
    const m = searchColumns(wide, 'column_1234');
    expect(optionsFor(m, 'Column_7')[0]).toBe('Column_7');
    expect(optionsFor(m, 'Column_1234')).toEqual(m.names);
  });
  // Its speed is measured in the browser (e2e: no long task over 200 ms), not timed here.
  it('answers every keystroke with a short list, whatever the header’s width', () => {
    for (const q of ['c', 'co', 'col', 'colu', 'column_9']) {
      expect(searchColumns(wide, q).names.length).toBeLessThanOrEqual(SHOWN);
    }
  });
});
