/** The files people have: encodings, delimiters, decimal commas, broken quotes, duplicate
 * columns, and every row accounted for whatever the file. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import { sniffEncoding } from './decode';
import type { ColumnMapping } from './formats';
import { importBlob, type MappingQuestion, type PipelineResult } from './pipeline';
import type { ImportResult } from './protocol';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = (name: string) => readFileSync(join(here, 'fixtures', name));

const questions: MappingQuestion[] = [];
function run(data: BlobPart, mapping: ColumnMapping | null = null): Promise<PipelineResult> {
  return importBlob(new Blob([data]), mapping, {
    progress: () => {},
    askMapping: async (q) => {
      questions.push(q);
      return null;
    },
  });
}

function ok(x: PipelineResult): ImportResult {
  if (typeof x === 'string') throw new Error(`refused: ${x}`);
  return x;
}

describe('encodings', () => {
  const french = bytes('french-excel.csv');
  it('reads French Excel: Windows-1252, semicolons, decimal commas, dates day first', async () => {
    const r = ok(await run(french));
    expect(r.reading).toMatchObject({ encoding: 'windows-1252', encodingGuessed: true });
    expect(r.reading).toMatchObject({ delimiter: ';', decimalComma: true, dayFirst: true });
    expect(r.origin).toBe('acled');
    expect(r.table.n).toBe(3);
    expect(r.table.lat[0]).toBeCloseTo(15.05);
    expect(r.table.lon[0]).toBeCloseTo(-1.95);
    expect([...r.table.start]).toEqual([
      dayNumber(2021, 2, 16),
      dayNumber(2021, 4, 3),
      dayNumber(2021, 5, 28),
    ]);
    expect(r.table.place).toContain('Ménaka, Ménaka');
    expect(r.table.actors[0]).toBe('Forces armées maliennes — JNIM');
    expect(r.table.notes[1]).toBe('Attaque d’un village à l’est de Ménaka');
    expect(r.skips).toEqual([
      { row: 5, column: 'event_date', value: '31/02/2021', reason: 'bad-date' },
    ]);
  });

  it('reads the same text as UTF-8, with or without a byte-order mark, with no notice', async () => {
    const text = new TextDecoder('windows-1252').decode(french);
    const plain = ok(await run(text));
    const marked = ok(await run(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])));
    for (const r of [plain, marked]) {
      expect(r.reading).toMatchObject({ encoding: 'utf-8', encodingGuessed: false });
      expect(r.table.place).toContain('Ménaka, Ménaka');
    }
  });

  it('reads UTF-16 with a mark (Excel’s Unicode text, tab-delimited), and guesses it without', async () => {
    const file = bytes('utf16-tabs.txt');
    const r = ok(await run(file));
    expect(r.reading).toMatchObject({ encoding: 'utf-16le', encodingGuessed: false });
    expect(r.reading.delimiter).toBe('\t');
    expect(r.table.notes).toContain('Émeute à Ménaka');
    const bare = ok(await run(file.subarray(2)));
    expect(bare.reading).toMatchObject({ encoding: 'utf-16le', encodingGuessed: true });
    expect(bare.table.notes).toContain('Émeute à Ménaka');
  });

  it('tells each encoding by its bytes', () => {
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 65]))).toMatchObject({
      encoding: 'utf-16be',
      bom: 2,
    });
    expect(sniffEncoding(Buffer.from('plain ascii,a,b'))).toMatchObject({
      encoding: 'utf-8',
      guessed: false,
    });
    expect(sniffEncoding(Buffer.from('café', 'latin1'))).toMatchObject({
      encoding: 'windows-1252',
      guessed: true,
    });
  });
});

describe('every row accounted for', () => {
  it('costs one row for a quote never closed (row 10 of 49)', async () => {
    const r = ok(await run(bytes('open-quote.csv')));
    expect(r.rows).toBe(49);
    expect(r.table.n).toBe(48);
    expect(r.skips).toEqual([{ row: 10, column: '', value: '', reason: 'open-quote' }]);
  });

  it('counts blank lines inside the file as skipped rows, not those at its end', async () => {
    const text =
      'event_date,event_type,latitude,longitude\n2022-01-01,A,14,-1\n\n2022-01-02,B,14,-1\n\n\n';
    const r = ok(await run(text));
    expect([r.rows, r.table.n, r.skipped]).toEqual([3, 2, 1]);
    expect(r.skips).toEqual([{ row: 3, column: '', value: '', reason: 'blank' }]);
    expect(r.reasons).toEqual([['blank', 1]]);
  });

  it('imported + skipped = rows, for any rows', async () => {
    const cell = fc.oneof(
      fc.constantFrom('2022-01-01', '14.5', '-1', '', 'x', '"', '""', ',', '\n', ';', 'é'),
      fc.string({ maxLength: 6 }),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const text = `event_date,event_type,latitude,longitude,notes\n${rows.join('\n')}`;
        const r = await run(text);
        if (typeof r === 'string') return; // nothing but blank lines after the header
        expect(r.table.n + r.skipped).toBe(r.rows);
        expect(r.reasons.reduce((sum, [, n]) => sum + n, 0)).toBe(r.skipped);
      }),
      { numRuns: 150 },
    );
  });
});

describe('duplicate column names', () => {
  it('names both in the mapping step, and reads the one the reader chose', async () => {
    expect(await run(bytes('duplicate-columns.csv'))).toBe('cancelled');
    const q = questions.at(-1);
    expect(q?.duplicates).toEqual([{ name: 'latitude', columns: [3, 5] }]);
    expect(q?.header).toEqual([
      'event_date',
      'event_type',
      'latitude (3)',
      'longitude',
      'latitude (5)',
      'notes',
    ]);
    const r = ok(
      await run(bytes('duplicate-columns.csv'), {
        date: 'event_date',
        latitude: 'latitude (5)',
        longitude: 'longitude',
      }),
    );
    expect([...r.table.lat].map((v) => Math.round(v * 10) / 10)).toEqual([14.2, 14.3]);
  });
});
