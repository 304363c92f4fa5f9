/**
 * A simulated release under an open tab: a copy of the build is served as a static host serves
 * it (a path it does not have is answered with the app's page), the app is opened, then the
 * lazy chunks are renamed on the server as a new release would (every file that names them
 * rewritten), and the reader imports. With the service worker, the tab's code comes from its
 * precache and the file imports; without one, the tab says that it must reload, and the reload
 * keeps the view and the imported files, and imports the file the reader had chosen.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './support/fixtures';

const FIXTURES = 'src/import/parse/fixtures';
/** Beside the preview server's port, so that two checkouts' suites do not meet. */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

let root = '';
let server: Server;

/** A fresh copy of the build to serve. */
function copyBuild(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = mkdtempSync(join(tmpdir(), 'sahel-release-'));
  cpSync('dist', root, { recursive: true });
}

/** The next release: each lazy chunk gets a new name, and every file that named it is rewritten. */
function release(): void {
  const assets = join(root, 'assets');
  const renamed = readdirSync(assets)
    .filter((f) => /^(import|run-export)-.*\.js$/.test(f))
    .map((f) => [f, f.replace(/\.js$/, '-next.js')] as const);
  for (const [from, to] of renamed) renameSync(join(assets, from), join(assets, to));
  const texts = [
    ...readdirSync(root).map((f) => join(root, f)),
    ...readdirSync(assets).map((f) => join(assets, f)),
  ].filter((f) => /\.(html|js|mjs)$/.test(f));
  for (const file of texts) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renamed) text = text.split(from).join(to);
    writeFileSync(file, text);
  }
}

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORT}` });

test.beforeAll(async () => {
  copyBuild();
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path === '/' ? 'index.html' : path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      file = join(root, 'index.html'); // what static hosts do for a path they do not have
      body = readFileSync(file);
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, 'localhost', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

test.beforeEach(() => copyBuild());

test('with the service worker, the open tab imports after a release', async ({ app, importer }) => {
  test.setTimeout(120_000);
  await app.open('?date=2022-03-28&map=6/15.5/0.5');
  await app.waitForServiceWorker();
  release();
  await importer.importFile(`${FIXTURES}/ged-web-export.csv`);
  await expect(importer.result).toHaveText(/9 events imported, 3 rows skipped/);
  await expect(importer.count('ged-web-export.csv')).toHaveText('3 shown');
  await expect(importer.staleNotice).toHaveCount(0);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the tab says it must reload; the reload keeps the view and the files, and imports the chosen one', async ({
    app,
    importer,
    page,
    watch,
  }) => {
    test.setTimeout(150_000); // two page loads with the map
    watch.allowConsoleError(/module|MIME|worker|Failed to fetch|Failed to load/i);
    await app.open('?date=2022-03-28&map=6/15.5/0.5');
    await importer.importFile(`${FIXTURES}/ged-web-export.csv`);
    await expect(importer.layerItem('ged-web-export.csv')).toBeVisible();
    await importer.waitUntilKept();
    const view = page.url();

    release();
    await importer.importFile(`${FIXTURES}/acled-iso.csv`);
    await expect(importer.staleNotice).toContainText('earlier version of the map');
    await importer.reloadIntoNewVersion();
    expect(page.url()).toBe(view);
    await expect(importer.layerItem('ged-web-export.csv')).toBeVisible({ timeout: 20_000 });
    await expect(importer.layerItem('acled-iso.csv')).toBeVisible({ timeout: 20_000 });
    await expect(importer.staleNotice).toHaveCount(0);
  });

  test('before any import too: the importer’s own code gone, the file goes to the new version', async ({
    app,
    importer,
    watch,
  }) => {
    watch.allowConsoleError(/module|MIME|Failed to fetch|Failed to load/i);
    await app.open('?date=2022-03-28', { waitForMap: false });
    release();
    await importer.importFile(`${FIXTURES}/acled-iso.csv`);
    await expect(importer.staleNotice).toBeVisible();
    await importer.reloadIntoNewVersion();
    await expect(importer.layerItem('acled-iso.csv')).toBeVisible({ timeout: 20_000 });
  });
});
