import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, formatProblem } from './check';

/** A small valid dataset; each test breaks one thing in a copy of it. */
function site(id: string, actor: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-0.0056, 16.2472] },
    properties: {
      id,
      actor,
      kind: 'base',
      'name:fr': 'Gao',
      'name:en': 'Gao',
      'description:fr': 'Une base.',
      'description:en': 'A base.',
      countries: ['ML'],
      start_date: '2013-01-26',
      end_date: '2022-08-15',
      confidence: 'high',
      approximate: false,
      sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
      ...extra,
    },
  };
}

function valid() {
  return {
    france: [site('fr-gao', 'france')],
    russia: [site('ru-mali-gao', 'russia', { start_date: '2022-08-15', end_date: undefined })],
    events: [
      {
        ...site('ev-one', 'france', { kind: 'announcement', end_date: undefined }),
      },
    ],
    moves: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [-0.0056, 16.2472],
            [-0.0056, 16.2472],
          ],
        },
        properties: {
          id: 'ho-gao',
          kind: 'handover',
          actor: 'russia',
          from: 'fr-gao',
          to: 'ru-mali-gao',
          date: '2022-08-15',
          'description:fr': 'Passation.',
          'description:en': 'Hand-over.',
          confidence: 'medium',
          sources: [{ url: 'https://example.org/b', publisher: 'Example' }],
        },
      },
    ],
  };
}

type Data = ReturnType<typeof valid>;

function texts(data: Data, override: Partial<Record<string, string>> = {}) {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  return new Map(
    Object.entries({
      'france.geojson': fc(data.france),
      'russia.geojson': fc(data.russia),
      'events.geojson': fc(data.events),
      'moves.geojson': fc(data.moves),
      ...override,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

function problemsAfter(mutate: (d: Data) => void) {
  const data = valid();
  mutate(data);
  return checkFiles(texts(data)).map(formatProblem);
}

const props = (f: unknown) => (f as { properties: Record<string, unknown> }).properties;

describe('checkFiles', () => {
  it('accepts the valid fixture', () => {
    expect(checkFiles(texts(valid()))).toEqual([]);
  });

  it('rejects invalid JSON, naming the file', () => {
    const problems = checkFiles(texts(valid(), { 'france.geojson': '{"type": "Feat' }));
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^france\.geojson: invalid JSON/),
    );
  });

  it('rejects a missing file', () => {
    const t = texts(valid());
    t.delete('moves.geojson');
    expect(checkFiles(t).map(formatProblem)).toContain('moves.geojson: file is missing');
  });

  const cases: [string, (d: Data) => void, RegExp][] = [
    [
      'lat/lon swapped',
      (d) => {
        (d.france[0] as { geometry: { coordinates: number[] } }).geometry.coordinates = [
          16.2472, 75,
        ];
      },
      /france\.geojson › feature fr-gao › field geometry\.coordinates: latitude must be within/,
    ],
    [
      'wrong geometry type',
      (d) => {
        (d.france[0] as { geometry: unknown }).geometry = { type: 'Polygon', coordinates: [] };
      },
      /feature fr-gao › field geometry\.type/,
    ],
    [
      'duplicate id',
      (d) => {
        d.russia.push(site('fr-gao', 'russia'));
      },
      /russia\.geojson › feature fr-gao › field id: duplicate id \(also in france\.geojson\)/,
    ],
    [
      'impossible date',
      (d) => {
        props(d.france[0]).start_date = '2021-02-30';
      },
      /feature fr-gao › field start_date: "2021-02-30": day 30 does not exist/,
    ],
    [
      'malformed date',
      (d) => {
        props(d.france[0]).end_date = '15/08/2022';
      },
      /feature fr-gao › field end_date: .*not a date of the form/,
    ],
    [
      'end before start',
      (d) => {
        props(d.france[0]).end_date = '2012';
      },
      /feature fr-gao › field end_date: ends \(2012\) before it starts/,
    ],
    [
      'link to a missing id',
      (d) => {
        props(d.moves[0]).to = 'ru-nowhere';
      },
      /moves\.geojson › feature ho-gao › field to: links to "ru-nowhere", which does not exist/,
    ],
    [
      'related to a missing id',
      (d) => {
        props(d.events[0]).related = ['fr-nope'];
      },
      /events\.geojson › feature ev-one › field related\.0: links to "fr-nope"/,
    ],
    [
      'no source',
      (d) => {
        props(d.france[0]).sources = [];
      },
      /feature fr-gao › field sources: every feature needs a source/,
    ],
    [
      'non-http source',
      (d) => {
        props(d.france[0]).sources = [{ url: 'javascript:alert(1)', publisher: 'X' }];
      },
      /feature fr-gao › field sources\.0\.url: must be an http\(s\) link/,
    ],
    [
      'missing language',
      (d) => {
        delete props(d.france[0])['name:fr'];
      },
      /feature fr-gao › field name:fr: is missing/,
    ],
    [
      'missing note language',
      (d) => {
        props(d.france[0])['date_note:fr'] = 'Jour inconnu.';
      },
      /feature fr-gao › field date_note:en: missing language/,
    ],
    [
      'point outside the region',
      (d) => {
        (d.france[0] as { geometry: { coordinates: number[] } }).geometry.coordinates = [-75, 16];
      },
      /feature fr-gao › field geometry\.coordinates: longitude must be within/,
    ],
    [
      'wrong actor for the file',
      (d) => {
        props(d.france[0]).actor = 'russia';
      },
      /france\.geojson › feature fr-gao › field actor: must be "france"/,
    ],
    [
      'move line not at its sites',
      (d) => {
        (d.moves[0] as { geometry: { coordinates: number[][] } }).geometry.coordinates[0] = [1, 1];
      },
      /feature ho-gao › field geometry\.from: line end \[1,1\] is not at fr-gao/,
    ],
    [
      'unknown start without a note',
      (d) => {
        props(d.france[0]).start_date = null;
      },
      /feature fr-gao › field date_note:en: an unknown start_date must be explained/,
    ],
    [
      'unknown property',
      (d) => {
        props(d.france[0]).colour = 'blue';
      },
      /feature fr-gao › field colour: Unrecognized key: "colour"/,
    ],
  ];

  for (const [name, mutate, expected] of cases) {
    it(`rejects ${name}, naming file, feature and field`, () => {
      const problems = problemsAfter(mutate);
      expect(
        problems.some((p) => expected.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });
  }
});

describe('npm run data:check', () => {
  it('exits non-zero and names the problem on a broken data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
    const data = valid();
    props(data.france[0]).end_date = '2012';
    for (const [file, text] of texts(data)) writeFileSync(join(dir, file), text);
    let output = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/check-data.ts', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      code = e.status;
      output = e.stderr;
    }
    expect(code).toBe(1);
    expect(output).toContain(
      'france.geojson › feature fr-gao › field end_date: ends (2012) before it starts',
    );
  }, 30_000);
});
