/**
 * The changelog rule of the data check: the latest release holds a digest of every record as
 * released, so a record added, edited or removed since then without a new release entry is
 * named (file, feature, field `changelog`). A correction never goes unlogged. Pure.
 */

import { changelogSchema, compareVersions, latestRelease, recordDigest } from './changelog';
import type { DataProblem } from './check';
import type { FileFeatures } from './release';

export const CHANGELOG_FILE = 'changelog.json';
const HOW = 'run `npm run data:release` to log it (see data/README.md)';

export function checkChangelog(
  files: readonly FileFeatures[],
  changelogText: string | undefined,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (file: string, feature: string, message: string, field = 'changelog') =>
    problems.push({ file, feature, field, message });
  if (changelogText === undefined) {
    at(CHANGELOG_FILE, '', 'file is missing', '');
    return problems;
  }
  let json: unknown;
  try {
    json = JSON.parse(changelogText);
  } catch (error) {
    at(CHANGELOG_FILE, '', `invalid JSON: ${(error as Error).message}`, '');
    return problems;
  }
  const parsed = changelogSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      at(CHANGELOG_FILE, '', issue.message, issue.path.map(String).join('.'));
    }
    return problems;
  }
  const versions = parsed.data.releases.map((r) => r.version);
  if (new Set(versions).size !== versions.length) {
    at(CHANGELOG_FILE, '', 'a version is listed twice', 'releases');
  }
  const latest = latestRelease(parsed.data);
  const digests = latest?.digests;
  if (!latest || !digests) {
    at(CHANGELOG_FILE, '', 'the latest release must list the digest of every record', 'digests');
    return problems;
  }
  for (const r of parsed.data.releases) {
    if (r !== latest && r.digests && compareVersions(r.version, latest.version) < 0) {
      at(CHANGELOG_FILE, r.version, 'only the latest release keeps digests', 'digests');
    }
  }
  const seen = new Set<string>();
  for (const { file, features } of files) {
    for (const f of features) {
      const id = (f as { properties?: { id?: unknown } }).properties?.id;
      if (typeof id !== 'string') continue;
      seen.add(id);
      const released = digests[id];
      if (released === undefined) {
        at(
          file,
          id,
          `record added since release ${latest.version} without a changelog entry: ${HOW}`,
        );
      } else if (released !== recordDigest(f)) {
        at(
          file,
          id,
          `record changed since release ${latest.version} without a changelog entry: ${HOW}`,
        );
      }
    }
  }
  for (const id of Object.keys(digests)) {
    if (!seen.has(id)) {
      at(
        CHANGELOG_FILE,
        id,
        `record removed since release ${latest.version} without a changelog entry: ${HOW}`,
      );
    }
  }
  return problems;
}
