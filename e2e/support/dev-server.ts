/**
 * The Vite dev server (`npm start` without the basemap step), started once per worker on a port
 * the system picks, for the specs that must see what a developer sees: modules evaluated one by
 * one, unbundled, where an initialisation-order slip throws that the production build hides.
 */
import { createServer, type ViteDevServer } from 'vite';
import { test as base } from './fixtures';

export const test = base.extend<object, { devServer: { url: string } }>({
  devServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server: ViteDevServer = await createServer({
        configFile: 'vite.config.ts',
        logLevel: 'warn',
        server: { host: '127.0.0.1', port: 0, strictPort: false },
      });
      await server.listen();
      const address = server.httpServer?.address();
      if (!address || typeof address === 'string') throw new Error('the dev server has no port');
      await use({ url: `http://127.0.0.1:${address.port}` });
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ devServer }, use) => use(devServer.url),
});

export { expect } from './browser';
