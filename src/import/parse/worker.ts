/**
 * The parsing worker: runs the import pipeline (`pipeline.ts`) on the file the page sent, asks the
 * page for a column mapping when the format is not recognised, reports progress, and sends back
 * typed columns (transferred, not copied). The page stays responsive; Cancel terminates it.
 */
import type { ColumnMapping } from './formats';
import { importBlob, type MappingQuestion } from './pipeline';
import type { FromWorker, ToWorker } from './protocol';
import { transferables } from './table';

// `globalThis` is the worker's `self` (and loads without a worker, as the unit tests do).
const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

let answer: ((m: ColumnMapping | null) => void) | null = null;

const io = {
  progress: (done: number, total: number) => post({ type: 'progress', done, total }),
  askMapping: (question: MappingQuestion) =>
    new Promise<ColumnMapping | null>((resolve) => {
      answer = resolve;
      post({ type: 'need-mapping', question });
    }),
};

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'mapping') {
    answer?.(m.mapping);
    answer = null;
    return;
  }
  importBlob(m.file, m.mapping, io).then(
    (result) => {
      if (typeof result === 'string') post({ type: 'problem', problem: result });
      else post({ type: 'done', result }, transferables(result.table));
    },
    (error: unknown) => {
      console.error(error);
      post({ type: 'problem', problem: 'failed' });
    },
  );
};
