/**
 * `npm run data:release -- [--since <git ref>] [--version YYYY-MM-DD] [--reason "…"]
 * [--summary-en "…"] [--summary-fr "…"]`: computes the release entry of the record (records
 * added, corrected, changed, removed since `--since`) and writes it into `data/changelog.json`,
 * with the digest of every record that the data check compares against; then puts the version
 * into `datapackage.json` and `CITATION.cff`.
 *
 * Re-runnable: run again with the same version (after more records were merged), the entry is
 * computed anew against the same `since` (kept in the entry), keeping the reasons written by
 * hand since. A new version is diffed by default against the commit that last wrote the
 * changelog (the record as last released). Every file of `DATA_FILES` is read, and every
 * `.geojson` of `data/` at `since`, so records moved between files are not counted twice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Changelog, changelogSchema, compareVersions } from '../src/data/changelog';
import { CHANGELOG_FILE } from '../src/data/check-changelog';
import { isoDay, today } from '../src/data/dates';
import { computeRelease, type FileFeatures, withRelease } from '../src/data/release';
import { DATA_FILES } from '../src/data/schema';
import { citationWithRelease, dataPackage } from './datapackage/descriptor';

const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    version: { type: 'string' },
    reason: { type: 'string' },
    'summary-en': { type: 'string' },
    'summary-fr': { type: 'string' },
  },
});

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const logPath = `data/${CHANGELOG_FILE}`;
const log: Changelog = existsSync(logPath)
  ? changelogSchema.parse(JSON.parse(readFileSync(logPath, 'utf8')))
  : { releases: [] };

const version = values.version ?? isoDay(today());
const previous = log.releases.find((r) => r.version === version);
const lastWritten = () => git('log', '-1', '--format=%H', '--', logPath).trim();
const since = values.since ?? previous?.since ?? lastWritten();
if (!since) {
  console.error(
    'data:release: no earlier release; name the record to compare with: --since <git ref>',
  );
  process.exit(1);
}
const sinceCommit = git('rev-parse', '--verify', `${since}^{commit}`).trim();
const newer = log.releases.find((r) => compareVersions(r.version, version) > 0);
if (newer) {
  console.error(`data:release: release ${newer.version} is newer than ${version}`);
  process.exit(1);
}

/** The record at `since`: every GeoJSON file of data/ then. */
const before: FileFeatures[] = git('ls-tree', '--name-only', sinceCommit, 'data/')
  .split('\n')
  .filter((p) => p.endsWith('.geojson'))
  .map((path) => ({
    file: path.slice('data/'.length),
    features: (JSON.parse(git('show', `${sinceCommit}:${path}`)) as { features: unknown[] })
      .features,
  }));
const after: FileFeatures[] = Object.values(DATA_FILES).map(({ file }) => ({
  file,
  features: (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { features: unknown[] }).features,
}));

const release = computeRelease(before, after, {
  version,
  date: previous?.date ?? version.slice(0, 10),
  since: sinceCommit,
  summary: {
    en: values['summary-en'] ?? previous?.['summary:en'] ?? 'Records added and corrected.',
    fr: values['summary-fr'] ?? previous?.['summary:fr'] ?? 'Fiches ajoutées et corrigées.',
  },
  reason: values.reason ?? 'Re-checked against the sources.',
  previous,
});
writeFileSync(logPath, `${JSON.stringify(withRelease(log, release), null, 1)}\n`);
writeFileSync('datapackage.json', `${JSON.stringify(dataPackage('.', release), null, 2)}\n`);
writeFileSync('CITATION.cff', citationWithRelease(readFileSync('CITATION.cff', 'utf8'), release));

const count = (k: 'added' | 'corrected' | 'changed' | 'removed') => release[k].length;
console.log(
  `data:release ${version} since ${sinceCommit.slice(0, 10)}: ${count('added')} added, ${count('corrected')} corrected, ${count('changed')} changed, ${count('removed')} removed (${logPath}, datapackage.json, CITATION.cff)`,
);
