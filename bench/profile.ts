/**
 * Where a first load spends its time: one unthrottled first visit of the app with a CPU profile
 * of the main thread and a performance trace of every thread (main, MapLibre's workers, the GPU
 * process), cut at the data-visible mark. Prints the busy time per thread and the scripts that
 * took the most main-thread time (self time, grouped by file).
 *
 *   npx tsx bench/profile.ts [--dist dist] [--runs 3] [--functions] [--path /?date=2021-11-11]
 *
 * Run it on two builds (`--dist`) to compare before and after a change. `--functions` groups the
 * self time by function instead of by file: run it on a build made with `--minify false`, whose
 * functions keep their names.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { DATA_VISIBLE_MARK } from '../src/map/handle/contract';
import { newContext, withCdp } from './browser';
import { serve } from './server';
import { median, ms, printTable } from './stats';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const DIST =
  args[args.indexOf('--dist') + 1] && args.includes('--dist')
    ? (args[args.indexOf('--dist') + 1] as string)
    : 'dist';
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const BY_FUNCTION = args.includes('--functions');
/** The address opened: the benchmark's by default. */
const PATH = args.includes('--path')
  ? (args[args.indexOf('--path') + 1] ?? '/')
  : '/?date=2021-11-11';

/** Which thread a trace event ran on, in words. */
function threadKind(name: string): string | null {
  if (name === 'CrRendererMain') return 'main thread';
  if (/DedicatedWorker/.test(name)) return 'MapLibre workers';
  if (/CrGpuMain|VizCompositor|GpuMain/.test(name)) return 'GPU process';
  if (name === 'Compositor') return 'compositor';
  return null;
}

async function once() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: run `npm run test:e2e` once, or set CHROMIUM_PATH.');
  const site = await serve(DIST);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await withCdp(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'],
  });
  await page.goto(`${site.url}${PATH}`);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    DATA_VISIBLE_MARK,
    {
      timeout: 120_000,
    },
  );
  const toData = await page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? 0,
    DATA_VISIBLE_MARK,
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await browser.close();
  site.server.close();

  // Busy time per thread: the top-level tasks, from the navigation to the mark.
  const names = new Map<string, string>();
  for (const e of trace.traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name)
      names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const start = Math.min(
    ...trace.traceEvents
      .filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser')
      .map((e) => e.ts),
  );
  const end = start + toData * 1000;
  const busy = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.dur === undefined) continue;
    if (e.ts < start || e.ts > end) continue;
    const kind = threadKind(names.get(`${e.pid}:${e.tid}`) ?? '');
    if (kind) busy.set(kind, (busy.get(kind) ?? 0) + Math.min(e.dur, end - e.ts) / 1000);
  }

  // Main-thread self time per script file: the profile's samples up to the mark (the profile
  // starts just before the navigation).
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    t += delta;
    if (t > toData) break;
    const frame = byNode.get(profile.samples[i] ?? -1);
    if (!frame) continue;
    const file = frame.url
      ? (frame.url.split('/').pop() ?? frame.url).replace(/-[\w-]{8}\.(m?js)$/, '.$1')
      : frame.functionName || '(native)';
    if (file === '(idle)' || file === '(program)') continue;
    const key = BY_FUNCTION
      ? `${file} ${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`
      : file;
    self.set(key, (self.get(key) ?? 0) + delta);
  }
  return { toData, busy, self };
}

async function main() {
  const runs: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const kinds = ['main thread', 'MapLibre workers', 'GPU process', 'compositor'];
  printTable(
    `First load of ${DIST}, unthrottled, ${RUNS} runs (medians): busy time until the data is drawn`,
    ['what', 'ms'],
    [
      ['navigation → data on the map', ms(median(runs.map((r) => r.toData)))],
      ...kinds.map((k) => [k, ms(median(runs.map((r) => r.busy.get(k) ?? 0)))]),
    ],
  );
  const files = new Map<string, number[]>();
  for (const r of runs) for (const [f, v] of r.self) files.set(f, [...(files.get(f) ?? []), v]);
  const top = [...files]
    .map(([f, v]) => [f, median(v)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, BY_FUNCTION ? 30 : 10);
  printTable(
    `Main-thread self time by ${BY_FUNCTION ? 'function' : 'script'} (CPU profile, medians)`,
    ['script', 'ms'],
    top.map(([f, v]) => [f, ms(v)]),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
