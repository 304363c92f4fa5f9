/**
 * Stands in, in the unit tests only (vitest.config.ts), for vite-plugin-pwa's virtual module
 * `virtual:pwa-register/react`, which exists only inside a Vite build or dev server: the
 * module-loading test can then import `UpdatePrompt.tsx`. Nothing here runs in the app.
 */
export function useRegisterSW() {
  const state = <T>(value: T): [T, (v: T) => void] => [value, () => {}];
  return {
    needRefresh: state(false),
    offlineReady: state(false),
    updateServiceWorker: async () => {},
  };
}
