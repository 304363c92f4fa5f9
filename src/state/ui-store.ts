/** Transient UI state that is not part of a share link: notices and playback. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_SPEED, type PlaySpeed } from '../data/replay';
import type { LinkProblem } from './link-problems';

interface UiStore {
  readonly linkProblems: readonly LinkProblem[];
  readonly playing: boolean;
  /** Days of the record per second of playback. */
  readonly speed: PlaySpeed;
  /** The replay's range as the reader chose it (null: the slider's start or end), and whether
   * it loops. */
  readonly playFrom: number | null;
  readonly playTo: number | null;
  readonly loop: boolean;
  setPlayRange(range: { from?: number | null; to?: number | null; loop?: boolean }): void;
  /** Whether the opening link named a date (else a linked record may move the slider). */
  readonly linkHadDate: boolean;
  /** Whether the first view is on screen (the map with its data, or the text views where there
   * is no map): work that can wait, such as the offline precache, starts then. */
  readonly firstView: boolean;
  markFirstView(): void;
  /** Whether the first map is drawn (the light map with the day's sites), or cannot be: the
   * data files (descriptions, sources) are fetched from then on, not before the first picture. */
  readonly firstMap: boolean;
  markFirstMap(): void;
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
  setSpeed(speed: PlaySpeed): void;
}

export const uiStore = createStore<UiStore>()((set) => ({
  linkProblems: [],
  playing: false,
  speed: DEFAULT_SPEED,
  playFrom: null,
  playTo: null,
  loop: false,
  setPlayRange: (range) =>
    set((s) => ({
      playFrom: range.from === undefined ? s.playFrom : range.from,
      playTo: range.to === undefined ? s.playTo : range.to,
      loop: range.loop ?? s.loop,
    })),
  linkHadDate: false,
  firstView: false,
  markFirstView: () => set({ firstView: true }),
  firstMap: false,
  markFirstMap: () => set({ firstMap: true }),
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
