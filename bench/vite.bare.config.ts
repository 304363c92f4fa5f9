import { defineConfig } from 'vite';

/** Builds the bare MapLibre baseline page of the benchmark into dist-bench/bare. */
export default defineConfig({
  root: 'bench/bare',
  base: '/',
  build: {
    outDir: '../../dist-bench/bare',
    emptyOutDir: true,
    assetsInlineLimit: (file) => (/\.(geojson|woff2|mjs)$/.test(file) ? false : undefined),
  },
  logLevel: 'warn',
});
