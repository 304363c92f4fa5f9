import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord, detectDelimiter, MAX_QUOTED_LINES, readCsvText } from './csv';

const fields = (records: CsvRecord[]) => records.map((r) => r.fields);

/** The same text pushed in pieces cut at the given places. */
function inPieces(text: string, cuts: number[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(',', (r) => records.push(r));
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  reader.end();
  return records;
}

describe('CsvReader', () => {
  it('reads quoted delimiters, doubled quotes and quoted line breaks', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\n';
    expect(fields(readCsvText(text))).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', 'z'],
    ]);
  });

  it('gives the same records whatever the chunks', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\r\n\n3,"open,q\n4,5,6\n';
    const whole = readCsvText(text, ',');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 6 }), (cuts) => {
        expect(inPieces(text, cuts)).toEqual(whole);
      }),
    );
  });

  it('costs one row for a quote never closed, and reads on', () => {
    const text = 'a,b,c\n1,"open,x\n2,y,z\n3,w,v\n';
    const records = readCsvText(text);
    expect(fields(records)).toEqual([
      ['a', 'b', 'c'],
      ['1', '"open', 'x'],
      ['2', 'y', 'z'],
      ['3', 'w', 'v'],
    ]);
    expect(records.map((r) => r.openQuote)).toEqual([false, true, false, false]);
  });

  it('takes a quote closed lines later as a quote left open when the row then does not fit', () => {
    // A stray quote closed by another one two lines later would otherwise make three rows one.
    const text = 'a,b,c\n1,"x,y\n2,y,z\n3,w",v,u,t\n4,s,r\n';
    const records = readCsvText(text);
    expect(records.map((r) => r.fields[0])).toEqual(['a', '1', '2', '3', '4']);
    expect(records.map((r) => r.openQuote)).toEqual([false, true, false, false, false]);
  });

  it('gives up on a quoted field longer than the limit of lines', () => {
    const long = Array.from({ length: MAX_QUOTED_LINES + 5 }, (_, i) => `line ${i}`).join('\n');
    const records = readCsvText(`a,b\n1,"${long}"\n`);
    expect(records[1]?.openQuote).toBe(true);
    expect(records.length).toBe(MAX_QUOTED_LINES + 6);
  });
});

describe('detectDelimiter', () => {
  it('finds commas, semicolons and tabs', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });
  it('prefers regular semicolons over decimal commas', () => {
    expect(detectDelimiter('date;lat;lon\n01/02/2021;15,05;-1,95\n02/02/2021;15;-1,9\n')).toBe(';');
  });
  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('a;b;c\n"x,y,z,w";2;3\n')).toBe(';');
  });
});
