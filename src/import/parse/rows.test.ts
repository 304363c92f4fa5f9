import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import { readCsvText } from './csv';
import type { ColumnMapping } from './formats';
import { detectFormat, isHxlRow } from './formats';
import { importBlob } from './pipeline';
import { analyzeHead, type Outcome } from './rows';
import { countAt, PRECISIONS } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, 'fixtures', name), 'utf8');
const repoRoot = resolve(here, '../../..');
/** The real UCDP files, beside the repository (never copied into it). */
const GED_DIR = resolve(repoRoot, '../shared/event-data/ucdp-ged');
const hasGed = existsSync(GED_DIR);
if (!hasGed) console.warn(`[import tests] ${GED_DIR} is absent: the real UCDP files are skipped`);

/** The headers the pipeline asked a mapping for (the reader declines: the import is cancelled). */
const asked: string[][] = [];

/** A file through the worker's own pipeline. */
function run(text: string, mapping?: ColumnMapping) {
  return importBlob(new Blob([text]), mapping ?? null, {
    progress: () => {},
    askMapping: async ({ header }) => {
      asked.push([...header]);
      return null;
    },
  });
}

function ok(x: Outcome | string): Outcome {
  if (typeof x === 'string') throw new Error(`refused: ${x}`);
  return x;
}

const acledIso = ok(await run(fixture('acled-iso.csv')));
const gedWebExport = ok(await run(fixture('ged-web-export.csv')));

describe('ACLED, ISO dates', () => {
  const r = acledIso;
  it('is detected as ACLED with its attribution', async () => {
    expect(r.origin).toBe('acled');
    expect(r.attribution).toBe('ACLED, acleddata.com');
  });
  // Rows are records: a quoted newline does not start a new row.
  it('imports the good rows and says why the others were skipped', async () => {
    expect(r.table.n).toBe(4);
    expect(r.skipped).toBe(3);
    expect(r.skips).toEqual([
      { row: 5, column: 'event_date', value: '', reason: 'no-date' },
      { row: 6, column: 'latitude', value: '95.0000', reason: 'bad-latitude' },
      { row: 7, column: 'event_date', value: '2021-02-30', reason: 'bad-date' },
    ]);
  });
  it('keeps quoted newlines and doubled quotes as text', async () => {
    const i = r.table.notes.findIndex((n) => n.startsWith('Clashes near Boni'));
    expect(r.table.notes[i]).toBe(
      'Clashes near Boni; the army said "several" attackers were killed.\nSecond line of the note.',
    );
    expect(r.table.fatalities[i]).toBe(12);
    expect(r.table.actors[i]).toContain('JNIM');
  });
  it('respects time_precision: week and month windows, no invented day', async () => {
    const prec = (k: number) => PRECISIONS[r.table.precision[k] ?? 0];
    const week = [...r.table.start].findIndex((_, k) => prec(k) === 'week');
    expect((r.table.end[week] ?? 0) - (r.table.start[week] ?? 0)).toBe(7);
    const month = [...r.table.start].findIndex((_, k) => prec(k) === 'month');
    expect(r.table.start[month]).toBe(dayNumber(2021, 4, 1));
    expect(r.table.end[month]).toBe(dayNumber(2021, 5, 1));
    // Sorted by start; an empty fatalities cell is "not given".
    expect([...r.table.start]).toEqual([...r.table.start].sort((a, b) => a - b));
    expect(r.table.fatalities[r.table.n - 1]).toBe(-1);
  });
  it('counts the events in the window before a day, as the shader draws them', async () => {
    const day = dayNumber(2021, 4, 30);
    expect(countAt(r.table, day, 30)).toBe(1); // the April IED (month window)
    expect(countAt(r.table, day, 90)).toBe(3);
    expect(countAt(r.table, day, 1e6)).toBe(3);
    expect(countAt(r.table, dayNumber(2021, 2, 15), 30)).toBe(0);
  });
  it('keeps a day event for exactly the window: the 30th day after it, not the 31st', async () => {
    // 16 Feb (day) and the week of 7–13 March.
    expect(countAt(r.table, dayNumber(2021, 2, 16) + 30, 30)).toBe(2);
    expect(countAt(r.table, dayNumber(2021, 2, 16) + 31, 30)).toBe(1);
  });
});

describe('ACLED re-saved by a spreadsheet', () => {
  it('reads 16-Feb-21 and 16 February 2021, refuses an unknown month', async () => {
    const r = ok(await run(fixture('acled-spreadsheet.csv')));
    expect(r.table.n).toBe(3);
    expect([...r.table.start]).toEqual([
      dayNumber(1999, 1, 2),
      dayNumber(2021, 2, 16),
      dayNumber(2021, 2, 16),
    ]);
    expect(r.skips).toEqual([
      { row: 5, column: 'event_date', value: '31-Foo-21', reason: 'bad-date' },
    ]);
  });
});

describe('HDX copies with an HXL tag row', () => {
  it('skips the tag row and numbers rows as in the file', async () => {
    const text = fixture('acled-hdx.csv');
    const head = analyzeHead(readCsvText(text).map((r) => r.fields));
    expect(typeof head === 'string' ? head : head.hxl?.[1]).toBe('#date+occurred');
    const r = ok(await run(text));
    expect(r.origin).toBe('acled');
    expect(r.table.n).toBe(2);
    expect(r.skipped).toBe(0);
  });
  it('recognizes a tag row, not a data row', async () => {
    expect(isHxlRow(['', '#date+year', '#geo+lat', '#geo+lon'])).toBe(true);
    expect(isHxlRow(['123', '2021-01-01', '#hashtag in a note'])).toBe(false);
  });
  it('maps a table of another origin by its tags', async () => {
    const d = detectFormat(
      ['when', 'y', 'x', 'what'],
      ['#date+occurred', '#geo+lat', '#geo+lon', '#event+type'],
    );
    expect(d?.mapping).toMatchObject({ date: 'when', latitude: 'y', longitude: 'x', type: 'what' });
  });
});

describe('GED website export (synthetic)', () => {
  const r = gedWebExport;
  it('is GED, reads MM/DD/YYYY HH:MM:SS and ignores the trailing empty field', async () => {
    expect(r.origin).toBe('ged');
    expect(r.attribution).toBe('UCDP GED, CC BY 4.0');
    expect(r.table.n).toBe(9);
    expect(r.table.types).toEqual(['1', '2', '3']);
    expect(r.table.start[0]).toBe(dayNumber(2021, 1, 10));
  });
  it('spans date_start..date_end and says why rows were skipped', async () => {
    const june = [...r.table.start].indexOf(dayNumber(2021, 6, 1));
    expect(r.table.end[june]).toBe(dayNumber(2021, 7, 1));
    expect(r.table.gedPrecision[june]).toBe(4);
    expect(r.skips.map((s) => [s.row, s.column, s.reason])).toEqual([
      [10, 'date_start', 'no-date'],
      [11, 'longitude', 'bad-longitude'],
      [12, 'date_end', 'end-before-start'],
    ]);
  });
});

describe('GED as GeoJSON (synthetic)', () => {
  it('takes the point from the geometry and skips a feature without one', async () => {
    const r = ok(await run(fixture('ged.geojson')));
    expect(r.origin).toBe('ged');
    expect(r.table.n).toBe(2);
    expect(r.table.lon[0]).toBe(14.5);
    expect(r.table.fatalities[1]).toBe(-1);
    expect(r.skips).toEqual([{ row: 4, column: '@latitude', value: '', reason: 'no-coordinates' }]);
  });
});

describe('any other table', () => {
  it('needs the mapping step, then imports with it', async () => {
    const text = fixture('generic.csv');
    expect(await run(text)).toBe('cancelled');
    expect(asked.at(-1)).toEqual(['Incident date', 'Lat', 'Lon', 'Category', 'Killed', 'Summary']);
    const r = ok(
      await run(text, {
        date: 'Incident date',
        latitude: 'Lat',
        longitude: 'Lon',
        type: 'Category',
        fatalities: 'Killed',
        notes: 'Summary',
      }),
    );
    expect(r.table.n).toBe(2);
    expect(r.origin).toBe('other');
    expect(r.attribution).toBeNull();
    expect(r.skips[0]).toMatchObject({ row: 4, column: 'Incident date', reason: 'bad-date' });
  });
  it('refuses an empty file, a binary file and a one-column file', async () => {
    expect(await run('')).toBe('empty');
    expect(await run('\u0000\u0001PNG')).toBe('not-table');
    expect(await run('just some words\nand more')).toBe('no-columns');
    expect(await run('{"type":"Feature"}')).toBe('not-table');
    expect(await run('{nope')).toBe('not-table');
  });
});

describe.skipIf(!hasGed)('the real UCDP GED files (../shared/event-data/ucdp-ged)', () => {
  const files = hasGed ? readdirSync(GED_DIR) : [];
  const expected: Record<string, number> = {
    'mali_GED241_ucdp-web-export.csv': 2120,
    'niger_GED241_ucdp-web-export_repaired.csv': 588,
    'burkina-faso_GED241_ucdp-web-export_2016-2023.csv': 1504,
    'sudan_GED241_ucdp-web-export.csv': 3822,
    'sudan_GED241_hdx-hxl.csv': 3822,
    'central-african-republic_GED231_optgeo.geojson': 1848,
    'sahel-ged_combined_normalized.csv': 9882,
  };
  for (const [name, count] of Object.entries(expected)) {
    it.skipIf(!files.includes(name))(`${name}: ${count} events, all read`, async () => {
      const r = ok(await run(readFileSync(join(GED_DIR, name), 'utf8')));
      expect(r.origin).toBe('ged');
      expect(r.skips).toEqual([]);
      expect(r.table.n).toBe(count);
      for (let i = 0; i < r.table.n; i++) {
        expect(r.table.end[i] ?? 0).toBeGreaterThan(r.table.start[i] ?? 0);
      }
    });
  }
});
