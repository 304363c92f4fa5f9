import { describe, expect, it } from 'vitest';
import { checkFiles, formatProblem } from './check';
import { type Data, site, source, texts, valid } from './testing/check-fixture';

function problemsAfter(change: (d: Data) => void): string[] {
  const data = valid();
  change(data);
  return checkFiles(texts(data)).map(formatProblem);
}

const twice = (extra: Record<string, unknown> = {}) =>
  site('fr-gao-2', 'france', {
    start_date: '2020',
    end_date: '2021',
    confidence: 'medium',
    sources: [source('https://example.org/x', 'Example', ['start_date', 'end_date'])],
    ...extra,
  });

describe('records entered twice', () => {
  it('one place of one actor entered twice over overlapping time is named', () => {
    const problems = problemsAfter((d) => {
      d.france.push(twice());
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /france\.geojson › feature fr-gao-2 › field geometry: the same place as fr-gao over overlapping time/,
      ),
    ]);
  });

  it('the same point at another time, or an operation based there, is not', () => {
    expect(
      problemsAfter((d) => {
        d.france.push(twice({ start_date: '2023', end_date: '2024' }));
        d.france.push(
          twice({ id: 'fr-task-force', kind: 'operation', 'name:en': 'Gao task force' }),
        );
      }),
    ).toEqual([]);
  });

  it('a former id must not be an id in use, nor the former id of two records', () => {
    const problems = problemsAfter((d) => {
      (d.france[0]?.properties as Record<string, unknown>).former_ids = ['ho-gao', 'fr-old'];
      (d.russia[0]?.properties as Record<string, unknown>).former_ids = ['fr-old'];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /feature fr-gao › field former_ids\.0: "ho-gao" is the id of a record in use/,
      ),
      expect.stringMatching(
        /feature ru-mali-gao › field former_ids\.0: "fr-old" is already a former id of fr-gao/,
      ),
    ]);
  });
});
