import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const executablePath = findChromium() ?? undefined;
/** Another port lets a second checkout run its own suite beside this one. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * The e2e tests run against the production build (`dist/`), served by `vite preview`, except
 * `dev-server.spec.ts`, which starts the Vite dev server itself (`npm start`'s server). The
 * smoke project (the app starts, in both servers) runs first: when the map breaks, the suite
 * stops there instead of running every journey to its time-out.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Software WebGL on two cores: a page load with the map takes 10–20 s here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'smoke',
      testMatch: /(foundation|dev-server)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'desktop',
      testIgnore: /(foundation|dev-server)\.spec\.ts/,
      dependencies: ['smoke'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
