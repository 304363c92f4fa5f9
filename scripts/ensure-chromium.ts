/**
 * Makes sure a Chromium exists for the browser tests: finds one, or installs Debian's package
 * when running as root on Debian, or tries Playwright's installer; otherwise stops and says
 * exactly what to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

function run(command: string): boolean {
  try {
    console.log(`$ ${command}`);
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package.");
    run('apt-get update -qq') &&
      run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else if (!existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: trying Playwright's own browser download.");
    run('npx playwright install chromium');
  }
  found = findChromium();
}
if (!found) {
  console.error(
    [
      'No Chromium for the browser tests. Install one, then run the tests again:',
      '  on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  elsewhere:         npx playwright install chromium',
      '  or point to one:   CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium for the browser tests: ${found}`);
