/** The JS heap after playing the whole timeline three times at 16× (fresh page, real data):
 * a leak would grow it at every play. */
import type { Browser } from '@playwright/test';
import { DATA_VISIBLE_MARK } from '../src/map/handle/contract';
import { newContext, withCdp } from './browser';
import type { Served } from './server';
import { kb, printTable } from './stats';

export async function heapAfterPlays(browser: Browser, app: Served): Promise<void> {
  const context = await newContext(browser, {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const heapPage = await context.newPage();
  await heapPage.bringToFront();
  await heapPage.goto(`${app.url}/?date=2013-01-01`);
  await heapPage.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    DATA_VISIBLE_MARK,
    { timeout: 60_000 },
  );
  const cdp = await withCdp(heapPage);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  const before = await heap();
  const heaps: number[] = [];
  for (let round = 0; round < 3; round++) {
    await heapPage
      .getByRole('combobox', { name: /Speed|Vitesse/ })
      .selectOption('16')
      .catch(async () => {
        await heapPage.locator('.speed select').selectOption('16');
      });
    await heapPage.locator('.slider input[type=range]').focus();
    await heapPage.keyboard.press('Home');
    await heapPage.locator('button.play').click();
    await heapPage.waitForFunction(
      () => document.querySelector('button.play')?.getAttribute('aria-pressed') === 'false',
      undefined,
      {
        timeout: 120_000,
      },
    );
    heaps.push(await heap());
  }
  printTable(
    'JS heap after playing the whole timeline (after GC)',
    ['moment', 'used heap'],
    [['before', kb(before)], ...heaps.map((h, i) => [`after play ${i + 1}`, kb(h)])],
  );

  await context.close();
}
