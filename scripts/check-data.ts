/**
 * `npm run data:check [dir]`: validates the data files (default `data/`) and prints every
 * problem with its file, feature and field; then that no record changed since the latest
 * release without a changelog entry (`changelog.json`). Exits 1 on any problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFiles, formatProblem } from '../src/data/check';
import { CHANGELOG_FILE, checkChangelog } from '../src/data/check-changelog';
import { DATA_FILES } from '../src/data/schema';

const dir = resolve(process.argv[2] ?? 'data');
const texts = new Map<string, string>();
for (const { file } of Object.values(DATA_FILES)) {
  const path = join(dir, file);
  if (existsSync(path)) texts.set(file, readFileSync(path, 'utf8'));
}
const problems = checkFiles(texts);
if (problems.length === 0) {
  // The log is checked on valid files only: a broken file is named once, by the rules above.
  const files = [...texts].map(([file, text]) => ({
    file,
    features: (JSON.parse(text) as { features: unknown[] }).features,
  }));
  const log = join(dir, CHANGELOG_FILE);
  problems.push(...checkChangelog(files, existsSync(log) ? readFileSync(log, 'utf8') : undefined));
}
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`data:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
let count = 0;
for (const text of texts.values())
  count += (JSON.parse(text) as { features: unknown[] }).features.length;
console.log(`data:check: ${count} features in ${texts.size} files, no problem`);
