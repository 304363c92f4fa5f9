/** Zoom and reset buttons, translated and keyboard-usable (MapLibre's own are not translatable
 * after start-up). */
import type { RefObject } from 'react';
import { useT } from '../i18n';
import { DEFAULT_CAMERA } from '../state/view-state';
import { viewStore } from '../state/view-store';
import type { MapController } from './map-controller';

export function MapControls({ controller }: { controller: RefObject<MapController | null> }) {
  const t = useT();
  return (
    <div className="map-controls">
      <button
        type="button"
        onClick={() => controller.current?.zoomBy(1)}
        aria-label={t('map.zoomIn')}
        title={t('map.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={() => controller.current?.zoomBy(-1)}
        aria-label={t('map.zoomOut')}
        title={t('map.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        onClick={() => viewStore.getState().update({ camera: DEFAULT_CAMERA }, 'ui', true)}
        aria-label={t('map.resetView')}
        title={t('map.resetView')}
      >
        <span aria-hidden="true">⌂</span>
      </button>
    </div>
  );
}
