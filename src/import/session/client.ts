/** Runs one file through the parsing worker; Cancel terminates it (the page never waits). */
import { markStale } from '../../state/stale';
import type { ColumnMapping } from '../parse/formats';
import type { MappingQuestion } from '../parse/pipeline';
import type { FromWorker, ImportResult, ToWorker } from '../parse/protocol';
// Its built address, also to check, when it fails to start, whether the server still has it.
import workerUrl from '../parse/worker.ts?worker&url';

export type Problem = Extract<FromWorker, { type: 'problem' }>['problem'];

export interface ImportHandlers {
  onProgress(done: number, total: number): void;
  /** The format is not recognised: the reader maps the columns (null: cancelled). */
  askMapping(question: MappingQuestion): Promise<ColumnMapping | null>;
}

export interface RunningImport {
  readonly result: Promise<ImportResult | Problem>;
  cancel(): void;
}

async function scriptMissing(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return !response.ok || !/javascript/.test(response.headers.get('content-type') ?? '');
  } catch {
    return false; // offline: not a sign of a new version
  }
}

export function parseInWorker(
  file: Blob,
  mapping: ColumnMapping | null,
  handlers: ImportHandlers,
): RunningImport {
  const worker = new Worker(workerUrl, { type: 'module' });
  let settle: (r: ImportResult | Problem) => void = () => {};
  const result = new Promise<ImportResult | Problem>((resolve) => {
    settle = (r) => {
      worker.terminate();
      resolve(r);
    };
  });
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'progress') handlers.onProgress(m.done, m.total);
    else if (m.type === 'need-mapping') {
      void handlers.askMapping(m.question).then((chosen) => {
        const reply: ToWorker = { type: 'mapping', mapping: chosen };
        worker.postMessage(reply);
      });
    } else if (m.type === 'done') settle(m.result);
    else settle(m.problem);
  };
  worker.onerror = (e) => {
    console.error('The parsing worker failed:', e.message ?? 'it could not start');
    // A worker script the server no longer has (answered with the app's page): a stale tab.
    void scriptMissing(workerUrl).then((missing) => {
      if (missing) markStale();
      settle('failed');
    });
  };
  const start: ToWorker = { type: 'start', file, mapping };
  worker.postMessage(start);
  return { result, cancel: () => settle('cancelled') };
}
