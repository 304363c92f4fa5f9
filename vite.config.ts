import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MAPLIBRE_META } from './src/map/controller/maplibre-meta';

/**
 * The Content-Security-Policy of the built app: no inline script, no connection, font, image or
 * worker from any other origin. (The dev server needs inline styles and its own websocket, so
 * the policy is added to the build only; README lists the same policy as HTTP headers.)
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "manifest-src 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sahel:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The record's version and day: its latest release in `data/changelog.json` (the data check
 * fails on a record changed since, so the data served is that release). */
function dataRelease(): { version: string; date: string } {
  const log = JSON.parse(readFileSync('data/changelog.json', 'utf8')) as {
    releases: { version: string; date: string }[];
  };
  const latest = log.releases.at(-1);
  if (!latest) throw new Error('data/changelog.json lists no release');
  return latest;
}

/**
 * Puts early-fetch hints into the built index.html for what the first map needs and the page
 * itself fetches, so that it downloads in parallel with the app shell and alone on the link: the
 * basemap topology, the country and town names and the map file (`src/data/map-file.ts`).
 * MapLibre's chunk is only named (`<meta name="sahel:maplibre">`): the page asks for it once the
 * first map's files are in (`src/map/controller/load-maplibre.ts`), and a hint would have it
 * share the link with the first picture. `npm run size` reads these hints as the critical path
 * to the first map.
 */
const FIRST_MAP_FILES =
  /(basemap-[\w-]+\.topojson|(country-labels|places)-[\w-]+\.geojson|map-file-[\w-]+\.json)$/;

function preloadHints(): Plugin {
  return {
    name: 'sahel:preload-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: { tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' }[] =
          [];
        for (const [fileName, out] of Object.entries(ctx.bundle ?? {})) {
          const href = `/${fileName}`;
          if (out.type === 'chunk' && out.name === 'maplibre' && !out.isEntry) {
            tags.push({
              tag: 'meta',
              attrs: { name: MAPLIBRE_META, content: href },
              injectTo: 'head',
            });
          } else if (out.type === 'asset' && FIRST_MAP_FILES.test(fileName)) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'fetch', href, crossorigin: 'anonymous' },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}

/** The importer's modules that the first visit loads (its entry, store, commands, button). */
const IMPORTER_EAGER =
  /[\\/]src[\\/]import[\\/](index|store|commands|marks|layer[\\/]attach|session[\\/](kept|pending)|ui[\\/](ImportButton|ImportedNotes))\.tsx?$/;

function isImporterOnly(id: string): boolean {
  return (
    (/[\\/]src[\\/]import[\\/]/.test(id) && !IMPORTER_EAGER.test(id)) ||
    /[\\/]node_modules[\\/]idb-keyval[\\/]/.test(id)
  );
}

/**
 * A service-worker plugin: static hosts answer a path they do not have with the app's page
 * (200, text/html); for a file of code, a font or a style, that answer becomes a network error,
 * so that it is never cached or run as the file. (Serialised into the generated worker.)
 */
const NEVER_PAGE_AS_FILE = {
  fetchDidSucceed: async ({ response }: { response: Response }) =>
    (response.headers.get('content-type') ?? '').includes('text/html')
      ? Response.error()
      : response,
};

export default defineConfig({
  plugins: [
    react(),
    preloadHints(),
    contentSecurityPolicy(),
    // Installable, and a second visit works with no network at all: the service worker precaches
    // the app shell, MapLibre and its worker, the basemap, the fonts and the data, and the code
    // loaded on demand (importer, parser worker, mapping step, export), fetched by the service
    // worker after the first view, so that import and export work offline too and an open tab's
    // lazy code stays reachable until the reader moves to the next release. A new release waits
    // until the reader accepts to reload (never a mix of old and new files).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Sahel Security Map — Carte sécuritaire du Sahel',
        short_name: 'Sahel Map',
        description:
          'Foreign forces in the Sahel, day by day, with sources. / Les forces étrangères au Sahel, jour après jour, avec leurs sources.',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f3ec',
        theme_color: '#1f2937',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,topojson,woff2,svg,webmanifest}'],
        // Latin-ext glyphs are needed by no French or English label: fetched (and then cached)
        // only if a label ever needs them, not downloaded by every first visit. The changelog too:
        // read only when a reader opens the releases or a record's history (cached then).
        globIgnores: ['**/*latin-ext*', '**/changelog-*.json'],
        // The first visit's page is served by this worker as soon as it is installed, so that
        // the code it loads later comes from the precache, whatever the server has by then.
        clientsClaim: true,
        runtimeCaching: [
          // The changelog, fetched when a reader opens the releases or a record's history.
          {
            urlPattern: /\/assets\/changelog-[^/]+\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'changelog-on-demand' },
          },
          {
            urlPattern: /latin-ext.*\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'fonts-on-demand', plugins: [NEVER_PAGE_AS_FILE] },
          },
          // Code of an earlier release that a tab still asks for: from the network only, and
          // the host's page in its place is an error, never cached as code.
          {
            urlPattern: /\/assets\/[^/]+\.(js|mjs|css)$/,
            handler: 'NetworkOnly',
            options: { plugins: [NEVER_PAGE_AS_FILE] },
          },
        ],
        maximumFileSizeToCacheInBytes: 3_000_000,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  define: {
    'import.meta.env.VITE_DATA_VERSION': JSON.stringify(dataRelease().version),
    'import.meta.env.VITE_DATA_DATE': JSON.stringify(dataRelease().date),
  },
  // The parsing worker of the importer: named as the importer's other chunks (see size-budget.ts).
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/import-[name]-[hash].js' } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Data, basemap and fonts stay separate, cacheable files, never data: URIs inside the JS.
    assetsInlineLimit: (file) => (/\.(json|geojson|woff2|mjs)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // MapLibre is the heaviest part and changes least: its own chunk, cached across releases.
        // Chunks that only the importer loads get the `import-` prefix (precached after the first
        // view, and counted apart by the size budget): every module in them is the importer's
        // own, or its IndexedDB library, and none is one of the few importer modules that a
        // first visit needs.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.length > 0 && chunk.moduleIds.every(isImporterOnly)
            ? 'assets/import-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        // Its code only: the worker's `?url` module (a string the app needs at once) must stay
        // out of it, or the app's entry would import the whole MapLibre chunk statically and
        // wait for its download before the first render.
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/](?!.*\?url)/ }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
