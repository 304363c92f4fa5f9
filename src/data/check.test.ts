import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, formatProblem } from './check';

import { type Data, site, source, texts, valid } from './testing/check-fixture';

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
    [
      'open site without last_confirmed',
      (d) => {
        delete props(d.russia[0]).last_confirmed;
      },
      /russia\.geojson › feature ru-mali-gao › field last_confirmed: a site without end_date needs last_confirmed/,
    ],
    [
      'last_confirmed before the start',
      (d) => {
        props(d.russia[0]).last_confirmed = '2022-08-14';
        props(d.russia[0]).sources = [
          { url: 'https://example.org/c', publisher: 'Example', date: '2022-08-14' },
        ];
      },
      /feature ru-mali-gao › field last_confirmed: 2022-08-14 is before the start \(2022-08-15\)/,
    ],
    [
      'last_confirmed after today',
      (d) => {
        props(d.russia[0]).last_confirmed = '2099-01';
        props(d.russia[0]).sources = [
          { url: 'https://example.org/c', publisher: 'Example', date: '2099-01' },
        ];
      },
      /feature ru-mali-gao › field last_confirmed: 2099-01 is after today/,
    ],
    [
      'last_confirmed matching no source date',
      (d) => {
        props(d.russia[0]).last_confirmed = '2023-06';
      },
      /feature ru-mali-gao › field last_confirmed: 2023-06 is the date of none of the sources that back it/,
    ],
    [
      'malformed last_confirmed',
      (d) => {
        props(d.russia[0]).last_confirmed = 'May 2023';
      },
      /feature ru-mali-gao › field last_confirmed: .*not a date of the form/,
    ],
    [
      'site name without its place',
      (d) => {
        props(d.france[0])['name:en'] = 'Desert base';
      },
      /france\.geojson › feature fr-gao › field name:en: must contain the place name "Gao"/,
    ],
    [
      'site name without its place (French)',
      (d) => {
        props(d.russia[0])['place:fr'] = 'Tombouctou';
      },
      /russia\.geojson › feature ru-mali-gao › field name:fr: must contain the place name "Tombouctou"/,
    ],
    [
      'site without place',
      (d) => {
        delete props(d.france[0])['place:en'];
      },
      /feature fr-gao › field place:en: is missing/,
    ],
    [
      'place on an event',
      (d) => {
        props(d.events[0])['place:en'] = 'Gao';
      },
      /events\.geojson › feature ev-one › field place:en: Unrecognized key/,
    ],
    [
      'source without publisher',
      (d) => {
        props(d.france[0]).sources = [{ url: 'https://example.org/a' }];
      },
      /feature fr-gao › field sources\.0\.publisher: is missing/,
    ],
    [
      'move source without publisher',
      (d) => {
        props(d.moves[0]).sources = [{ url: 'https://example.org/b', publisher: ' ' }];
      },
      /moves\.geojson › feature ho-gao › field sources\.0\.publisher: must not be empty/,
    ],
    [
      'name too long',
      (d) => {
        props(d.france[0])['name:en'] = `Gao ${'x'.repeat(117)}`;
      },
      /feature fr-gao › field name:en: .*at most 120 characters/,
    ],
    [
      'place too long',
      (d) => {
        props(d.france[0])['place:fr'] = 'G'.repeat(61);
      },
      /feature fr-gao › field place:fr: .*at most 60 characters/,
    ],
    [
      'description too long',
      (d) => {
        props(d.france[0])['description:fr'] = 'x'.repeat(1201);
      },
      /feature fr-gao › field description:fr: .*at most 1200 characters/,
    ],
    [
      'move description too long',
      (d) => {
        props(d.moves[0])['description:en'] = 'x'.repeat(1201);
      },
      /feature ho-gao › field description:en: .*at most 1200 characters/,
    ],
    [
      'note too long',
      (d) => {
        for (const k of ['date_note', 'location_note', 'confidence_note']) {
          props(d.france[0])[`${k}:fr`] = 'x'.repeat(1201);
          props(d.france[0])[`${k}:en`] = 'ok';
        }
      },
      /feature fr-gao › field confidence_note:fr: .*at most 1200 characters/,
    ],
    [
      'date note too long',
      (d) => {
        props(d.france[0])['date_note:fr'] = 'x'.repeat(1201);
        props(d.france[0])['date_note:en'] = 'ok';
      },
      /feature fr-gao › field date_note:fr: .*at most 1200 characters/,
    ],
    [
      'location note too long',
      (d) => {
        props(d.france[0])['location_note:en'] = 'x'.repeat(1201);
        props(d.france[0])['location_note:fr'] = 'ok';
      },
      /feature fr-gao › field location_note:en: .*at most 1200 characters/,
    ],
    [
      'source title too long',
      (d) => {
        props(d.france[0]).sources = [
          { url: 'https://example.org/a', publisher: 'Example', title: 'x'.repeat(301) },
        ];
      },
      /feature fr-gao › field sources\.0\.title: .*at most 300 characters/,
    ],
    [
      'publisher too long',
      (d) => {
        props(d.france[0]).sources = [{ url: 'https://example.org/a', publisher: 'x'.repeat(121) }];
      },
      /feature fr-gao › field sources\.0\.publisher: .*at most 120 characters/,
    ],
  ];

  it('accepts a text exactly at each length cap', () => {
    const problems = problemsAfter((d) => {
      const p = props(d.france[0]);
      p['name:en'] = `Gao ${'x'.repeat(116)}`;
      p['place:fr'] = `Gao${'x'.repeat(57)}`;
      p['name:fr'] = p['place:fr'];
      p['description:fr'] = 'x'.repeat(1200);
      p['date_note:fr'] = 'x'.repeat(1200);
      p['date_note:en'] = 'x';
      p.sources = [
        {
          ...source('https://example.org/a', 'x'.repeat(120), ['start_date', 'end_date']),
          title: 'x'.repeat(300),
          'states:en': 'x'.repeat(200),
        },
        source('https://example.org/b', 'Other', ['start_date', 'end_date']),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('takes today from the caller for the last_confirmed rule', () => {
    const data = valid();
    // 2023-05 is after 2023-04-30: with that "today" the fixture's last_confirmed is in the future.
    const problems = checkFiles(texts(data), { today: Date.UTC(2023, 3, 30) / 86_400_000 }).map(
      formatProblem,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/last_confirmed: 2023-05 is after today/),
    );
  });

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
