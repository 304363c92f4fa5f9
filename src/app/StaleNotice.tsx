/** Said when this tab's version can no longer load its own code (see `state/stale.ts`): what
 * happened, and one button that reloads into the new version, keeping the view and the files. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { reloadIntoNewVersion, staleStore } from '../state/stale';
import { useT } from '../state/use-lang';

export function StaleNotice() {
  const t = useT();
  const stale = useStore(staleStore, (s) => s.stale);
  const [reloading, setReloading] = useState(false);
  if (!stale) return null;
  return (
    <div className="notice" role="alert" data-testid="stale-notice">
      <p className="notice-title">{t('stale.title')}</p>
      <p>{t('stale.body')}</p>
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void reloadIntoNewVersion();
        }}
      >
        {t('stale.reload')}
      </button>
    </div>
  );
}
