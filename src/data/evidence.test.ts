import { describe, expect, it } from 'vitest';
import { checkFiles, formatProblem } from './check';
import { origin } from './evidence';
import { type Data, source, texts, valid } from './testing/check-fixture';

const props = (f: { properties: unknown } | undefined) =>
  (f?.properties ?? {}) as Record<string, unknown>;

function problemsAfter(change: (d: Data) => void): string[] {
  const data = valid();
  change(data);
  return checkFiles(texts(data)).map(formatProblem);
}

describe('the evidence rules', () => {
  it('pass on the valid fixture', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('want every date backed by a source that names it', () => {
    const problems = problemsAfter((d) => {
      const sources = props(d.france[0]).sources as { supports: string[] }[];
      for (const s of sources) s.supports = s.supports.filter((f) => f !== 'end_date');
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /france\.geojson › feature fr-gao › field end_date: 2022-08-15: no source backs it/,
      ),
    ]);
  });

  it('want a move’s date backed, and only a move’s facts named by its sources', () => {
    const problems = problemsAfter((d) => {
      const [s] = props(d.moves[0]).sources as { supports: string[] }[];
      if (s) s.supports = ['start_date'];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /feature ho-gao › field sources\.0\.supports: "start_date" is not a fact/,
      ),
      expect.stringMatching(/feature ho-gao › field date: 2022-08-15: no source backs it/),
    ]);
  });

  it('want a last report to be the date of a source that backs it', () => {
    const problems = problemsAfter((d) => {
      const p = props(d.russia[0]);
      p.sources = [
        source('https://example.org/c', 'Example', ['start_date'], '2023-05'),
        source('https://example.org/e', 'Other', ['last_confirmed'], '2023-04'),
      ];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /feature ru-mali-gao › field last_confirmed: 2023-05 is the date of none of the sources that back it/,
      ),
    ]);
  });

  it('want a high grade to rest on two independent publishers (reposts of one wire count once)', () => {
    const problems = problemsAfter((d) => {
      props(d.france[0]).sources = [
        source('https://example.org/a', 'Punch (AFP)', ['start_date', 'end_date']),
        source('https://example.org/b', 'AFP', ['start_date', 'end_date']),
        source('https://example.org/c', 'Other', ['location']),
      ];
    });
    expect(problems).toEqual([
      expect.stringMatching(/feature fr-gao › field confidence: high needs two independent/),
    ]);
  });

  it('want a first report only where the start is unknown, and not after the last', () => {
    const problems = problemsAfter((d) => {
      const p = props(d.russia[0]);
      p.first_confirmed = '2023-06';
      (p.sources as unknown[]).push(
        source('https://example.org/f', 'Other', ['first_confirmed'], '2023-06'),
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(/field first_confirmed: only for a site whose start_date is null/),
      expect.stringMatching(/field first_confirmed: 2023-06 is after last_confirmed \(2023-05\)/),
    ]);
  });
});

describe('origin', () => {
  it('is the agency of a republished story, Wikipedia for its editions, else the publisher', () => {
    expect(origin('Punch (AFP)')).toBe('afp');
    expect(origin('AFP')).toBe('afp');
    expect(origin('Wikipedia (en)')).toBe('wikipedia');
    expect(origin('Wikipedia copy (wikiwand.com)')).toBe('wikipedia');
    expect(origin('Reuters')).toBe('reuters');
    expect(origin('Daily Maverick (Reuters)')).toBe('reuters');
  });
});
