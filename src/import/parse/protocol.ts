/** Messages between the page and the parsing worker (`worker.ts`). */
import type { ColumnMapping } from './formats';
import type { FileProblem, Outcome } from './rows';

export type ToWorker =
  | { readonly type: 'start'; readonly file: Blob; readonly mapping: ColumnMapping | null }
  | { readonly type: 'mapping'; readonly mapping: ColumnMapping | null };

export interface ImportResult extends Outcome {
  /** The mapping used (kept with the file, so that a reload reads it the same way). */
  readonly mapping: ColumnMapping;
}

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'need-mapping';
      readonly header: readonly string[];
      readonly sample: readonly (readonly string[])[];
    }
  | { readonly type: 'done'; readonly result: ImportResult }
  | { readonly type: 'problem'; readonly problem: FileProblem | 'cancelled' | 'failed' };
