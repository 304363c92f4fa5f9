/**
 * The imported layers and the import in progress: a small store of its own, apart from the
 * view store (which holds only the view and goes into the link; imported files never do).
 * Eager and tiny: it imports none of its consumers (the commands that load the importer are in
 * `commands.ts`).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ColumnMapping, MappableField } from './parse/formats';
import type { Skip, SkipReason } from './parse/normalize';
import type { ImportResult, MappingQuestion, Reading } from './parse/protocol';
import type { FileProblem } from './parse/rows';

/** Whether a layer's file is on the device for the next visit: being written, written, or not
 * (storage full or unavailable: the reader is told, and can try again or free space). */
export type Kept = 'saving' | 'kept' | 'not-kept';

export interface ImportedLayer {
  readonly id: string;
  readonly name: string;
  readonly result: ImportResult;
  readonly colors: readonly string[];
  /** Events per month (key: year × 12 + month index), for the slider's density strip. */
  readonly months: ReadonlyMap<number, number>;
  readonly visible: boolean;
  readonly kept: Kept;
}

export type Job =
  | {
      readonly phase: 'reading';
      readonly name: string;
      readonly done: number;
      readonly total: number;
      readonly cancel: () => void;
    }
  | {
      readonly phase: 'mapping';
      readonly name: string;
      readonly question: MappingQuestion;
      readonly initial: Partial<Record<MappableField, string>>;
      readonly answer: (mapping: ColumnMapping | null) => void;
    }
  | {
      readonly phase: 'done';
      readonly name: string;
      /** Data rows in the file: imported + skipped. */
      readonly rows: number;
      readonly imported: number;
      readonly skipped: number;
      readonly skips: readonly Skip[];
      readonly reasons: readonly (readonly [SkipReason, number])[];
      readonly reading: Reading;
    }
  | {
      readonly phase: 'problem';
      readonly name: string;
      readonly problem: FileProblem | 'cancelled' | 'failed' | 'unsupported';
    };

/** The window of days before the slider's day that the layer draws; 0 = everything so far. */
export const WINDOWS = [30, 90, 365, 0] as const;
export type WindowChoice = (typeof WINDOWS)[number];
export const EVERYTHING = 1_000_000;
export const windowDaysOf = (w: WindowChoice) => (w === 0 ? EVERYTHING : w);

export interface Picked {
  readonly layerId: string;
  readonly index: number;
}

interface ImportState {
  readonly layers: readonly ImportedLayer[];
  readonly window: WindowChoice;
  readonly picked: Picked | null;
  readonly job: Job | null;
}

export const importStore = createStore<ImportState>()(() => ({
  layers: [],
  window: 90,
  picked: null,
  job: null,
}));

export function useImports<T>(selector: (s: ImportState) => T): T {
  return useStore(importStore, selector);
}

export function setJob(job: Job | null): void {
  importStore.setState({ job });
}

export function addLayer(layer: ImportedLayer): void {
  importStore.setState((s) => ({ layers: [...s.layers.filter((l) => l.id !== layer.id), layer] }));
}

export function setKept(id: string, kept: Kept): void {
  importStore.setState((s) => ({
    layers: s.layers.map((l) => (l.id === id ? { ...l, kept } : l)),
  }));
}

export function setWindow(window: WindowChoice): void {
  importStore.setState({ window });
}

export function setVisible(id: string, visible: boolean): void {
  importStore.setState((s) => ({
    layers: s.layers.map((l) => (l.id === id ? { ...l, visible } : l)),
    picked: !visible && s.picked?.layerId === id ? null : s.picked,
  }));
}

export function pick(picked: Picked | null): void {
  importStore.setState({ picked });
}
