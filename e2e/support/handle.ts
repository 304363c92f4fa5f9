/**
 * The app's two handles on `window`, typed by the app itself, and the one way to read them:
 * `evaluate(page, name, fn, arg)` runs `fn` in the page with the handle as its first argument
 * (`waitUntil` waits until such a function returns true). The map's handle is there once the
 * map is created; the imported layers' handle only once the first imported layer's code has
 * loaded, so it may be undefined.
 */
import type { JSHandle, Page } from '@playwright/test';
import { IMPORTED_HANDLE_NAME, type ImportedHandle } from '../../src/import/layer/handle';
import { HANDLE_NAME, type SahelHandle } from '../../src/map/handle/contract';

export { HANDLE_NAME, IMPORTED_HANDLE_NAME };

/** What the e2e tests read on `window` (the map handle's benchmark parts aside). */
export interface Handles {
  [HANDLE_NAME]: Omit<SahelHandle, 'map' | 'loadData' | 'setDay'>;
  [IMPORTED_HANDLE_NAME]: ImportedHandle | undefined;
}
type Name = keyof Handles;

/** The handle's object in the page (the only place that gives it its type). */
async function handleOf<N extends Name>(page: Page, name: N): Promise<JSHandle<Handles[N]>> {
  return (await page.evaluateHandle((n) => Reflect.get(window, n), name)) as JSHandle<Handles[N]>;
}

/** Runs `fn` in the page on a handle; `arg` must be serialisable. */
export async function evaluate<N extends Name, R>(
  page: Page,
  name: N,
  fn: (handle: Handles[N]) => R | Promise<R>,
): Promise<R>;
export async function evaluate<N extends Name, R, A>(
  page: Page,
  name: N,
  fn: (handle: Handles[N], arg: A) => R | Promise<R>,
  arg: A,
): Promise<R>;
export async function evaluate<N extends Name, R>(
  page: Page,
  name: N,
  fn: (handle: Handles[N], arg: unknown) => R | Promise<R>,
  arg?: unknown,
): Promise<R> {
  const handle = await handleOf(page, name);
  try {
    return await handle.evaluate(fn, arg);
  } finally {
    await handle.dispose();
  }
}

/** Waits until the handle is on the page and `fn` returns true on it. */
export async function waitUntil<N extends Name>(
  page: Page,
  name: N,
  fn: (handle: NonNullable<Handles[N]>) => boolean,
  { timeout = 30_000 } = {},
): Promise<void> {
  await page.waitForFunction((n) => Reflect.get(window, n) !== undefined, name, { timeout });
  const handle = (await handleOf(page, name)) as JSHandle<NonNullable<Handles[N]>>;
  try {
    await page.waitForFunction(fn, handle, { timeout });
  } finally {
    await handle.dispose();
  }
}
