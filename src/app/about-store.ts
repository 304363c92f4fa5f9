/** Whether the About dialog is open: its button in the header and the changes notice's "See
 * what changed" open it (the latter at the release list). */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

type Section = 'about' | 'releases';

const aboutStore = createStore<{ open: Section | null }>()(() => ({ open: null }));

export const openAbout = (section: Section = 'about') => aboutStore.setState({ open: section });
export const closeAbout = () => aboutStore.setState({ open: null });
export const useAbout = () => useStore(aboutStore, (s) => s.open);
