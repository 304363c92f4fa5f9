/** Transient UI state that is not part of a share link: notices and playback. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { LinkProblem } from './link-problems';

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];

interface UiStore {
  readonly linkProblems: readonly LinkProblem[];
  readonly playing: boolean;
  readonly speed: Speed;
  /** Whether the opening link named a date (else a linked record may move the slider). */
  readonly linkHadDate: boolean;
  /** Whether the first view is on screen (the map with its data, or the text views where there
   * is no map): work that can wait, such as the offline precache, starts then. */
  readonly firstView: boolean;
  markFirstView(): void;
  /** Whether the opening link named a camera (`map=`): else the opening view frames the story. */
  readonly linkHadCamera: boolean;
  /** What the opening link said, read once at start-up. */
  setLinkFacts(facts: { linkHadDate: boolean; linkHadCamera: boolean }): void;
  /** The record's version the opening link named (`v=`), or null: the changes notice compares
   * it with the current one until the reader dismisses it. */
  readonly linkVersion: string | null;
  setLinkVersion(version: string | null): void;
  addLinkProblems(problems: readonly LinkProblem[]): void;
  dismissLinkProblems(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
}

export const uiStore = createStore<UiStore>()((set) => ({
  linkProblems: [],
  playing: false,
  speed: 4,
  linkHadDate: false,
  firstView: false,
  markFirstView: () => set({ firstView: true }),
  linkHadCamera: false,
  setLinkFacts: ({ linkHadDate, linkHadCamera }) => set({ linkHadDate, linkHadCamera }),
  linkVersion: null,
  setLinkVersion: (linkVersion) => set({ linkVersion }),
  addLinkProblems: (problems) => set((s) => ({ linkProblems: [...s.linkProblems, ...problems] })),
  dismissLinkProblems: () => set({ linkProblems: [] }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
}));

export function useUi<T>(selector: (s: UiStore) => T): T {
  return useStore(uiStore, selector);
}
