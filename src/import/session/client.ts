/** Runs one file through the parsing worker; Cancel terminates it (the page never waits). */
import type { ColumnMapping } from '../parse/formats';
import type { MappingQuestion } from '../parse/pipeline';
import type { FromWorker, ImportResult, ToWorker } from '../parse/protocol';

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

export function parseInWorker(
  file: Blob,
  mapping: ColumnMapping | null,
  handlers: ImportHandlers,
): RunningImport {
  const worker = new Worker(new URL('../parse/worker.ts', import.meta.url), { type: 'module' });
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
    console.error(e.message);
    settle('failed');
  };
  const start: ToWorker = { type: 'start', file, mapping };
  worker.postMessage(start);
  return { result, cancel: () => settle('cancelled') };
}
