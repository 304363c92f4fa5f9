/**
 * Finds a Chromium for the browser tests and benchmarks: the one named by CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium, else Playwright's own download. Playwright's download is blocked
 * on our machines, hence Debian's first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed.
  }
  return null;
}

/** Flags for headless Chromium here: software WebGL for the map, and no background traffic
 * (this machine's network is closed; Chromium's own pings would only add noise). */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
