/**
 * The service worker's messages: "works offline now" once everything is cached, and "a new
 * version is available" with a Reload button when a release or new data is deployed (the old
 * version keeps serving until then, so files are never mixed).
 */
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect } from 'react';
import { useT } from '../state/use-lang';

export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true }); // mounted once the first view is on screen

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 5000);
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
  if (offlineReady) {
    return (
      <p className="notice" role="status" data-testid="offline-ready">
        {t('offline.ready')}
      </p>
    );
  }
  return null;
}
