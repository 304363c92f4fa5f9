import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // vite-plugin-pwa's virtual module exists only in a Vite build or dev server.
      'virtual:pwa-register/react': fileURLToPath(
        new URL('src/testing/pwa-register.ts', import.meta.url),
      ),
      // MapLibre's own TypeScript sources (shipped in its package), so that the light map's camera
      // math is tested against MapLibre's transform itself (types: src/testing/maplibre-src.d.ts).
      'maplibre-gl-src': fileURLToPath(new URL('node_modules/maplibre-gl/src', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests and the data check's CLI test take seconds on a busy two-core machine.
    testTimeout: 20_000,
  },
});
