/** Messages between the page and the parsing worker (`worker.ts`). */

import type { Delimiter } from './csv';
import type { Encoding } from './decode';
import type { ColumnMapping, MappableField } from './formats';
import type { Duplicate } from './header';
import type { FileProblem, Outcome } from './rows';

export interface MappingQuestion {
  readonly header: readonly string[];
  readonly sample: readonly (readonly string[])[];
  /** Names that several columns share (each is listed with its column number). */
  readonly duplicates: readonly Duplicate[];
  /** `headerHash`: the key of the remembered mapping. */
  readonly hash: string;
  /** A first guess from common names, for the reader to confirm. */
  readonly guess: Partial<Record<MappableField, string>>;
}

/** How the file's text was read, for the result's notices. */
export interface Reading {
  readonly encoding: Encoding;
  /** No byte-order mark said it: the reader is asked to check the accents. */
  readonly encodingGuessed: boolean;
  /** null for GeoJSON. */
  readonly delimiter: Delimiter | null;
  /** Numbers with a decimal comma and dates day first: a table delimited by semicolons. */
  readonly decimalComma: boolean;
  readonly dayFirst: boolean;
}

export type ToWorker =
  | { readonly type: 'start'; readonly file: Blob; readonly mapping: ColumnMapping | null }
  | { readonly type: 'mapping'; readonly mapping: ColumnMapping | null };

export interface ImportResult extends Outcome {
  /** The mapping used (kept with the file, so that a reload reads it the same way). */
  readonly mapping: ColumnMapping;
  readonly reading: Reading;
}

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'need-mapping'; readonly question: MappingQuestion }
  | { readonly type: 'done'; readonly result: ImportResult }
  | { readonly type: 'problem'; readonly problem: FileProblem | 'cancelled' | 'failed' };
