import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Changelog,
  changedSince,
  changelogSchema,
  compareVersions,
  historyOf,
  latestRelease,
} from './changelog';
import { CHANGELOG_FILE, checkChangelog } from './check-changelog';
import { computeRelease, type FileFeatures, withRelease } from './release';
import { DATA_FILES } from './schema';

type Feature = { geometry: { coordinates: unknown }; properties: Record<string, unknown> };
const logText = readFileSync(`data/${CHANGELOG_FILE}`, 'utf8');
const log: Changelog = changelogSchema.parse(JSON.parse(logText));

/** The real data files, as fresh copies a test may change. */
function realFiles(): { file: string; features: Feature[] }[] {
  return Object.values(DATA_FILES).map(({ file }) => ({
    file,
    features: (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { features: Feature[] })
      .features,
  }));
}

function record(files: ReturnType<typeof realFiles>, id: string): Feature {
  const found = files.flatMap((f) => f.features).find((f) => f.properties.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('the changelog rule', () => {
  it('passes on the record as released', () => {
    expect(checkChangelog(realFiles(), logText)).toEqual([]);
  });

  it('fails on a record changed without a changelog entry, naming file, feature and field', () => {
    const files = realFiles();
    record(files, 'fr-gao').properties.start_date = '2013-02';
    expect(checkChangelog(files, logText)).toEqual([
      expect.objectContaining({ file: 'france.geojson', feature: 'fr-gao', field: 'changelog' }),
    ]);
  });

  it('fails on a record added or removed without an entry, and on a missing log', () => {
    const files = realFiles();
    const france = files.find((f) => f.file === 'france.geojson');
    const gao = france?.features.find((f) => f.properties.id === 'fr-gao');
    if (!france || !gao) throw new Error('no fr-gao');
    france.features = france.features.filter((f) => f !== gao);
    france.features.push({ ...gao, properties: { ...gao.properties, id: 'fr-gao-2' } });
    const problems = checkChangelog(files, logText).map((p) => `${p.feature}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^fr-gao-2: record added since release 2026-12-04/),
      expect.stringMatching(/^fr-gao: record removed since release 2026-12-04/),
    ]);
    expect(checkChangelog(files, undefined)[0]?.message).toBe('file is missing');
  });

  it('passes again once the release entry is computed, which logs the correction', () => {
    const files = realFiles();
    const gao = record(files, 'fr-gao');
    const oldStart = gao.properties.start_date;
    gao.properties.start_date = '2013-02';
    const release = computeRelease(realFiles() as FileFeatures[], files as FileFeatures[], {
      version: '2027-01-15',
      date: '2027-01-15',
      since: 'HEAD',
      summary: { en: 'A correction.', fr: 'Une correction.' },
      reason: 'A report dates the arrival to February.',
    });
    expect(release.added).toEqual([]);
    expect(release.changed).toEqual([]);
    expect(release.corrected).toEqual([
      expect.objectContaining({
        id: 'fr-gao',
        file: 'france.geojson',
        reason: 'A report dates the arrival to February.',
        changes: [
          expect.objectContaining({
            field: 'start_date',
            old: oldStart,
            new: '2013-02',
            sources: expect.arrayContaining([
              expect.objectContaining({ url: expect.stringMatching(/^https?:/) }),
            ]),
          }),
        ],
      }),
    ]);
    const next = JSON.stringify(withRelease(log, release));
    expect(checkChangelog(files, next)).toEqual([]);
  });
});

describe('the first release', () => {
  const first = log.releases.find((r) => r.version === '2026-12-04');

  it('lists what changed against the record of the morning of 4 December 2026', () => {
    expect(first?.added.map((e) => e.id)).toContain('fr-bamako');
    expect(first?.removed).toEqual([
      expect.objectContaining({ id: 'fr-tabare-bare', merged_into: 'fr-ayorou' }),
    ]);
    // Each corrected date names the sources that now back it, with what they state.
    const dates = (first?.corrected ?? []).flatMap((e) =>
      (e.changes ?? []).filter((c) => ['start_date', 'end_date', 'date'].includes(c.field)),
    );
    expect(dates.length).toBeGreaterThan(5);
    for (const c of dates.filter((d) => d.new)) expect(c.sources?.[0]?.['states:en']).toBeTruthy();
  });
});

describe('the link-version comparison', () => {
  it('orders versions by day, then by their number', () => {
    expect(compareVersions('2026-12-01', '2026-12-04')).toBeLessThan(0);
    expect(compareVersions('2026-12-04', '2026-12-04')).toBe(0);
    expect(compareVersions('2026-12-04.2', '2026-12-04')).toBeGreaterThan(0);
    expect(compareVersions('2027-01-01', '2026-12-04.3')).toBeGreaterThan(0);
  });

  it('counts every record changed since an older version, none since the current one', () => {
    const current = latestRelease(log)?.version ?? '';
    const first = log.releases[0];
    const all = first ? first.added.length + first.corrected.length + first.changed.length : 0;
    expect(changedSince(log, '2026-12-01')).toHaveLength(all + 1);
    expect(changedSince(log, current)).toEqual([]);
    expect(changedSince(log, '2099-01-01')).toEqual([]);
  });

  it('counts a record changed in two releases once, with its latest change', () => {
    const entry = { id: 'fr-gao', file: 'france.geojson' };
    const twice: Changelog = {
      releases: [
        ...log.releases,
        {
          version: '2027-02-01',
          date: '2027-02-01',
          'summary:en': '',
          'summary:fr': '',
          added: [],
          corrected: [entry],
          changed: [],
          removed: [],
        },
      ],
    };
    const since = changedSince(twice, '2026-12-01').filter((c) => c.id === 'fr-gao');
    expect(since).toEqual([expect.objectContaining({ kind: 'corrected', release: '2027-02-01' })]);
    expect(changedSince(twice, '2026-12-04').map((c) => c.id)).toEqual(['fr-gao']);
  });

  it('gives a merged record the history of the record merged into it', () => {
    const history = historyOf(log, 'fr-ayorou', ['fr-tabare-bare']);
    expect(history.map((h) => `${h.kind} ${h.id}`)).toContain('removed fr-tabare-bare');
  });
});

describe('npm run data:check and the changelog', () => {
  it('exits non-zero on a record changed without an entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changelog-check-'));
    const files = realFiles();
    record(files, 'ru-mali-gao').properties.confidence = 'low';
    for (const { file, features } of files) {
      writeFileSync(join(dir, file), JSON.stringify({ type: 'FeatureCollection', features }));
    }
    writeFileSync(join(dir, CHANGELOG_FILE), logText);
    let output = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/check-data.ts', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = (error as { stderr: string }).stderr;
    }
    expect(output).toMatch(
      /russia\.geojson › feature ru-mali-gao › field changelog: record changed/,
    );
  }, 30_000);
});
