/**
 * What the map says when it cannot draw everything: loading, no WebGL, a start-up
 * failure, a lost GPU context, and the basemap files that failed, each with the one action that
 * can help (Retry, or a reload). Placed above the map's overlays so no panel hides them.
 */

import { useT } from '../state/use-lang';
import type { MapFile, MapStatus } from './controller/status';

interface Props {
  readonly status: MapStatus;
  readonly failedFiles: readonly MapFile[];
  readonly onRetryFiles: () => void;
}

function reload(): void {
  window.location.reload();
}

export function MapMessages({ status, failedFiles, onRetryFiles }: Props) {
  const t = useT();
  return (
    <div className="map-messages">
      {status.type === 'loading' && (
        <p className="map-message" role="status">
          {t('map.loading')}
        </p>
      )}
      {status.type === 'no-webgl' && (
        <p className="map-message map-message--error" role="alert">
          {t('map.noWebgl')}
        </p>
      )}
      {status.type === 'context-lost' && (
        <p className="map-message" role="status" data-testid="map-context-lost">
          {t('map.contextLost')}
        </p>
      )}
      {(status.type === 'context-gone' || status.type === 'error') && (
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
