/**
 * The thin React host of the map: creates the controller once, then feeds it the view state
 * and the loaded data. It never re-creates the map and never re-renders on map movement.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { cameraMovedByMap, selectFromMap } from '../state/actions';
import { uiStore } from '../state/ui-store';
import { useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { viewStore } from '../state/view-store';
import { setActiveMap } from './active-map';
import { MapController } from './controller/map-controller';
import type { MapFile, MapStatus } from './controller/status';
import { MapControls } from './MapControls';
import { MapMessages } from './MapMessages';
import { useStoryCamera } from './story/use-story-camera';
import './map.css';

interface Props {
  readonly dataset: Dataset | null;
  /** Given the controller once it exists (null when it goes): the imported events' layers. */
  readonly onController?: (controller: MapController | null) => void;
  /** More notes over the map, beside its attribution (the imported layers' own). */
  readonly children?: ReactNode;
}

export function MapView({ dataset, onController, children }: Props) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const controller = useRef<MapController | null>(null);
  const [status, setStatus] = useState<MapStatus>({ type: 'loading' });
  const [failedFiles, setFailedFiles] = useState<readonly MapFile[]>([]);

  // Created once: no dependencies on purpose (the map must never be re-created).
  // biome-ignore lint/correctness/useExhaustiveDependencies: create-once effect
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const initial = viewOf(viewStore.getState());
    const c = new MapController(el, initial, {
      onCamera: cameraMovedByMap,
      onSelect: selectFromMap,
      onStatus: (s) => {
        setStatus(s);
        // Without a map, the first view is the text views: nothing more to wait for.
        if (s.type === 'no-webgl' || s.type === 'error' || s.type === 'context-gone') {
          uiStore.getState().markFirstView();
        }
      },
      onDataVisible: () => uiStore.getState().markFirstView(),
      onFiles: (failed) => {
        setFailedFiles(failed);
        // A missing basemap never lets the map say "data visible": what is shown is the view.
        if (failed.length > 0) uiStore.getState().markFirstView();
      },
    });
    controller.current = c;
    onController?.(c);
    setActiveMap(c);
    void c.init();
    // Feed the controller from the store without re-rendering React.
    const unsubscribe = viewStore.subscribe((s) => {
      c.setDate(s.date);
      c.setLayers(s.layers);
      c.setHidden(s.hidden);
      c.setSelected(s.selected);
      c.setLang(s.lang);
      if (s.change.origin !== 'map') c.setCamera(s.camera, s.change.animate);
    });
    return () => {
      unsubscribe();
      onController?.(null);
      c.destroy();
      controller.current = null;
      setActiveMap(null);
    };
  }, []);

  useStoryCamera(controller, container, dataset);

  useEffect(() => {
    const c = controller.current;
    if (!c || !dataset) return;
    for (const layer of dataset.layers) c.setData(layer.id, layer);
  }, [dataset]);

  return (
    <div className="map-host">
      <section
        ref={container}
        className="map-canvas"
        aria-label={t('map.label')}
        data-status={status.type}
      />
      {/* Shown while the map loads too: the opening view keeps their room clear. */}
      {(status.type === 'ready' || status.type === 'loading') && (
        <MapControls controller={controller} />
      )}
      <MapMessages
        status={status}
        failedFiles={failedFiles}
        onRetryFiles={() => controller.current?.retryFiles()}
      />
      <p className="map-attribution">{t('map.attribution')}</p>
      {children}
    </div>
  );
}
