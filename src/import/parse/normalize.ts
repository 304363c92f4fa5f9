/**
 * One row of a file → one event, or the reason it is skipped (row, column, value). Rows without
 * a readable date or with coordinates out of range are skipped, never guessed. Events are then
 * packed into typed columns sorted by start day (`table.ts`).
 */

import { acledWindow, type EventPrecision, parseEventDate, spanWindow } from './event-dates';
import type { ColumnMapping } from './formats';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

export type SkipReason =
  | 'no-date'
  | 'bad-date'
  | 'bad-end'
  | 'end-before-start'
  | 'bad-precision'
  | 'no-coordinates'
  | 'bad-latitude'
  | 'bad-longitude'
  | 'blank'
  | 'open-quote';

export interface Skip {
  /** The row's number in the file, the header being row 1. */
  readonly row: number;
  /** The column at fault; '' for the whole row (a blank line, a quote left open). */
  readonly column: string;
  readonly value: string;
  readonly reason: SkipReason;
}

export interface ImportedEvent {
  readonly lon: number;
  readonly lat: number;
  readonly start: number;
  readonly end: number;
  readonly precision: EventPrecision;
  /** GED's `date_prec` 1..5, 0 when the file has none. */
  readonly gedPrecision: number;
  readonly type: string;
  /** -1: not given. */
  readonly fatalities: number;
  readonly actors: string;
  readonly notes: string;
  readonly source: string;
  readonly place: string;
}

/** A row's own cell: never a name inherited from `Object.prototype` (`constructor`, …). */
function own(row: Row, column: string): Cell {
  return Object.hasOwn(row, column) ? row[column] : undefined;
}

export function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function coordinate(cell: Cell, decimalComma: boolean): number | null {
  let t = text(cell);
  // `12,5` in a table delimited by semicolons or tabs (French, German… spreadsheets).
  if (decimalComma && /^[-+]?\d*,\d+$/.test(t)) t = t.replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  return Number(t);
}

function join(row: Row, columns: readonly string[] | undefined, separator: string): string {
  let out = '';
  for (const c of columns ?? []) {
    const v = text(own(row, c));
    if (v !== '') out = out === '' ? v : `${out}${separator}${v}`;
  }
  return out;
}

function skip(row: number, column: string, value: string, reason: SkipReason): Skip {
  return { row, column, value: shown(value), reason };
}

/** How a European spreadsheet writes numbers and dates (a table delimited by semicolons). */
export interface Locale {
  /** `12,5` is twelve and a half. */
  readonly decimalComma: boolean;
  /** `03/04/2021` is the 3rd of April. */
  readonly dayFirst: boolean;
}

const PLAIN: Locale = { decimalComma: false, dayFirst: false };

/** Reads one row; `n` is its number in the file (header = 1). */
export function normalizeRow(
  row: Row,
  m: ColumnMapping,
  n: number,
  { decimalComma, dayFirst }: Locale = PLAIN,
): ImportedEvent | Skip {
  const dateText = text(own(row, m.date));
  if (dateText === '') return skip(n, m.date, '', 'no-date');
  const day = parseEventDate(dateText, dayFirst);
  if (day === null) return skip(n, m.date, dateText, 'bad-date');

  let window: ReturnType<typeof spanWindow>;
  if (m.acledPrecision !== undefined) {
    const p = text(own(row, m.acledPrecision));
    window = acledWindow(day, p);
    if (!window) return skip(n, m.acledPrecision, p, 'bad-precision');
  } else {
    let end: number | null = null;
    const endText = m.endDate ? text(own(row, m.endDate)) : '';
    if (m.endDate && endText !== '') {
      end = parseEventDate(endText, dayFirst);
      if (end === null) return skip(n, m.endDate, endText, 'bad-end');
    }
    window = spanWindow(day, end);
    if (!window) return skip(n, m.endDate ?? m.date, endText, 'end-before-start');
  }

  const latText = text(own(row, m.latitude));
  const lonText = text(own(row, m.longitude));
  if (latText === '' && lonText === '') return skip(n, m.latitude, '', 'no-coordinates');
  const lat = coordinate(latText, decimalComma);
  if (lat === null || lat < -90 || lat > 90) return skip(n, m.latitude, latText, 'bad-latitude');
  const lon = coordinate(lonText, decimalComma);
  if (lon === null || lon < -180 || lon > 180)
    return skip(n, m.longitude, lonText, 'bad-longitude');

  const f = m.fatalities ? text(own(row, m.fatalities)) : '';
  const fatalities = /^\d+$/.test(f) ? Number(f) : -1;
  const gp = m.gedPrecision ? Number(text(own(row, m.gedPrecision))) : 0;
  return {
    lon,
    lat,
    start: window.start,
    end: window.end,
    precision: window.precision,
    gedPrecision: Number.isInteger(gp) && gp >= 1 && gp <= 5 ? gp : 0,
    type: m.type ? text(own(row, m.type)) : '',
    fatalities,
    actors: join(row, m.actors, ' — '),
    notes: m.notes ? text(own(row, m.notes)) : '',
    source: m.source ? text(own(row, m.source)) : '',
    place: join(row, m.place, ', '),
  };
}

export function isSkip(x: ImportedEvent | Skip): x is Skip {
  return 'reason' in x;
}
