/**
 * A CSV reader that accounts for every line: records come out one by one as text is pushed in
 * (any chunk size), with quoted fields that may hold delimiters, doubled quotes and line breaks.
 * A quote that is never closed costs one row, not the rest of the file: a quoted field may run
 * over several lines only if it closes within `MAX_QUOTED_LINES` and its record then has as many
 * fields as the header; otherwise the record is read to the end of its first line, its quote
 * taken as a character, and flagged `openQuote` (the row is then skipped with that reason).
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  readonly fields: string[];
  /** A quote opened in this record was not closed: it was read to the end of its line. */
  readonly openQuote: boolean;
}

/** A quoted field spanning more lines than this is taken as a quote left open. */
export const MAX_QUOTED_LINES = 50;

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

interface Scan {
  readonly fields: string[];
  /** Index just past the record's line break (or the text's end). */
  readonly next: number;
  /** Lines the record covers. */
  readonly lines: number;
  /** Whether a quoted field ran over a line break. */
  readonly multiline: boolean;
}

export class CsvReader {
  private text = '';
  private pos = 0;
  /** Fields a record should have: the header's, taken from the first record. */
  private expectedFields = 0;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  push(chunk: string): void {
    this.text = this.text.slice(this.pos) + chunk;
    this.pos = 0;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    this.text = '';
    this.pos = 0;
  }

  private drain(final: boolean): void {
    while (this.pos < this.text.length) {
      const scan = this.scan(this.pos, false, final);
      if (scan === 'more') {
        if (!final) return;
        this.lineOnly();
        continue;
      }
      if (scan === 'open') {
        this.lineOnly();
        continue;
      }
      if (scan.multiline && !this.fits(scan.fields)) {
        this.lineOnly();
        continue;
      }
      this.pos = scan.next;
      if (this.expectedFields === 0) this.expectedFields = scan.fields.length;
      this.onRecord({ fields: scan.fields, openQuote: false });
    }
  }

  /** As many fields as the header, or one more that is empty (a trailing delimiter). */
  private fits(fields: readonly string[]): boolean {
    const n = this.expectedFields;
    return n === 0 || fields.length === n || (fields.length === n + 1 && fields[n] === '');
  }

  /** The record at `pos` read to the end of its first line, quotes taken as characters. */
  private lineOnly(): void {
    // Its first line is whole: a later line break was seen, or the text has ended.
    const scan = this.scan(this.pos, true, true) as Scan;
    this.pos = scan.next;
    this.onRecord({ fields: scan.fields, openQuote: true });
  }

  /**
   * Reads one record from `start`. 'more': the text ends before the record does and more may
   * come (or, when `final`, inside a quoted field); 'open': the quoted field is too long to be one.
   */
  private scan(start: number, literalQuotes: boolean, final: boolean): Scan | 'more' | 'open' {
    const t = this.text;
    const d = this.delimiter.charCodeAt(0);
    const fields: string[] = [];
    let i = start;
    let lines = 1;
    let multiline = false;
    for (;;) {
      // One field from i.
      if (!literalQuotes && t.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = t.indexOf('"', j);
          const segment = q < 0 ? t.slice(j) : t.slice(j, q);
          const breaks = countBreaks(segment);
          if (breaks > 0) {
            multiline = true;
            lines += breaks;
            if (lines > MAX_QUOTED_LINES) return 'open';
          }
          if (q < 0) return 'more';
          value += segment;
          if (t.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          // A doubled quote may follow in the next chunk.
          if (q + 1 >= t.length && !final) return 'more';
          i = q + 1;
          break;
        }
        // Characters between the closing quote and the delimiter are kept, as spreadsheets do.
        const end = fieldEnd(t, i, d);
        fields.push(value + t.slice(i, end));
        i = end;
      } else {
        const end = fieldEnd(t, i, d);
        fields.push(t.slice(i, end));
        i = end;
      }
      if (i >= t.length) return final ? { fields, next: i, lines, multiline } : 'more';
      const c = t.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // A line break: \n, \r\n or \r.
      const next = c === CR && t.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      if (c === CR && i + 1 >= t.length && !final) return 'more';
      return { fields, next, lines, multiline };
    }
  }
}

function fieldEnd(t: string, from: number, d: number): number {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === d || c === LF || c === CR) return i;
  }
  return t.length;
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * The delimiter of a table, from its first lines: the candidate that splits them into the same
 * number of columns (two or more) most often, the one with more columns on a tie; a comma when
 * none does. Semicolons win over commas inside numbers (decimal commas) because they are regular.
 */
export function detectDelimiter(head: string): Delimiter {
  const lines = head.split(/\r\n|\n|\r/, 21).slice(0, 20);
  if (lines.length > 1 && head.length > 0) lines.pop(); // the last line may be cut
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.filter((l) => l !== '').map((l) => splitCount(l, d));
    const first = counts[0] ?? 0;
    if (first < 1) continue;
    const same = counts.filter((c) => c === first).length / counts.length;
    const score = same * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Delimiters outside quotes in one line. */
function splitCount(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/** Every record of a whole text (the tests, and small heads). */
export function readCsvText(text: string, delimiter = detectDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(delimiter, (r) => records.push(r));
  reader.push(text);
  reader.end();
  return records;
}
