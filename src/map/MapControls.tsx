/** Zoom and reset buttons, translated and keyboard-usable (MapLibre's own are not translatable
 * after start-up). */
import type { RefObject } from 'react';
import { resetCamera } from '../state/actions';
import { useT } from '../state/use-lang';

/** What the buttons move: the map in front. */
interface Zoomable {
  zoomBy(delta: number): void;
}

export function MapControls({ maps }: { maps: RefObject<Zoomable | null> }) {
  const t = useT();
  return (
    <div className="map-controls">
      <button
        type="button"
        onClick={() => maps.current?.zoomBy(1)}
        aria-label={t('map.zoomIn')}
        title={t('map.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={() => maps.current?.zoomBy(-1)}
        aria-label={t('map.zoomOut')}
        title={t('map.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        onClick={resetCamera}
        aria-label={t('map.resetView')}
        title={t('map.resetView')}
      >
        <span aria-hidden="true">⌂</span>
      </button>
    </div>
  );
}
