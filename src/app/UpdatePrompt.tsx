/**
 * The service worker's messages: "works offline now" once everything is cached, and "a new
 * version is available" with a Reload button when a release or new data is deployed (the old
 * version keeps serving until then, so files are never mixed).
 */
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect, useState } from 'react';

/** How long "the map now works offline" stays up. */
export const OFFLINE_NOTICE_MS = 4000;

import { useT } from '../state/use-lang';

export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true }); // mounted once the first view is on screen

  // "Works offline" is news, not a task: said politely, never focused, gone after a few seconds
  // (it floats over the header, never over the map).
  const [offlineShown, setOfflineShown] = useState(false);
  useEffect(() => {
    if (!offlineReady) return;
    setOfflineShown(true);
    const timer = setTimeout(() => {
      setOfflineShown(false);
      setOfflineReady(false);
    }, OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div className="notice" role="status">
        <p className="notice-title">{t('update.available')}</p>
        <button type="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
      </div>
    );
  }
  return (
    // The live region is there, empty, before its text arrives (so that it is announced).
    <p
      className="notice notice--toast"
      role="status"
      aria-live="polite"
      data-testid="offline-ready"
    >
      {offlineShown ? t('offline.ready') : ''}
    </p>
  );
}
