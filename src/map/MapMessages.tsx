/**
 * What the map says when it cannot draw everything: loading, the simplified map where MapLibre
 * cannot draw (no WebGL, a start-up failure, a GPU context gone for good), a lost GPU context,
 * and the basemap files that failed, each with the one action that can help (Retry, or a
 * reload). Without the light map either, the text views are what is left, and it says so. Placed
 * above the map's overlays so no panel hides them.
 */

import { useState } from 'react';
import { useT } from '../state/use-lang';
import type { MapFile, MapStatus } from './controller/status';
import type { ShownMap } from './handle/contract';

interface Props {
  readonly status: MapStatus;
  /** Which map the reader sees. */
  readonly shown: ShownMap;
  readonly failedFiles: readonly MapFile[];
  readonly onRetryFiles: () => void;
}

const SIMPLIFIED = {
  'no-webgl': 'map.simplified.noWebgl',
  error: 'map.simplified.error',
  'context-gone': 'map.simplified.gone',
} as const;

function reload(): void {
  window.location.reload();
}

export function MapMessages({ status, shown, failedFiles, onRetryFiles }: Props) {
  const t = useT();
  // The notice can be put away: the simplified map is then the whole map.
  const [dismissed, setDismissed] = useState<MapStatus['type'] | null>(null);
  const simplified =
    shown === 'light' && status.type in SIMPLIFIED && dismissed !== status.type
      ? SIMPLIFIED[status.type as keyof typeof SIMPLIFIED]
      : null;
  return (
    <div className="map-messages">
      {simplified && (
        <div className="map-message map-message--simplified" role="status">
          <p>{t(simplified)}</p>
          {status.type !== 'no-webgl' && (
            <button type="button" onClick={reload}>
              {t('map.reload')}
            </button>
          )}
          <button
            type="button"
            className="map-message-dismiss"
            aria-label={t('notice.dismiss')}
            title={t('notice.dismiss')}
            onClick={() => setDismissed(status.type)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      {status.type === 'loading' && shown === 'none' && (
        <p className="map-message" role="status">
          {t('map.loading')}
        </p>
      )}
      {status.type === 'no-webgl' && !simplified && (
        <p className="map-message map-message--error" role="alert">
          {t('map.noWebgl')}
        </p>
      )}
      {status.type === 'context-lost' && (
        <p className="map-message" role="status" data-testid="map-context-lost">
          {t('map.contextLost')}
        </p>
      )}
      {(status.type === 'context-gone' || status.type === 'error') && !simplified && (
        <div className="map-message map-message--error" role="alert">
          <p>{t(status.type === 'error' ? 'map.startError' : 'map.contextGone')}</p>
          <button type="button" onClick={reload}>
            {t('map.reload')}
          </button>
        </div>
      )}
      {failedFiles.length > 0 && (
        <div className="map-message map-message--error" role="alert">
          {failedFiles.map((file) => (
            <p key={file}>{t(`map.file.${file}`)}</p>
          ))}
          <button type="button" onClick={onRetryFiles}>
            {t('map.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
