/**
 * The thin React host of the map: creates the controller once, then feeds it the view (with the
 * records a comparison rings, derived here from the view and the data) and the loaded data. It
 * never re-creates the map and never re-renders on map movement; it puts the controller in the
 * map context for the export and the imported layers.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { compare } from '../data/compare';
import type { Dataset } from '../data/dataset';
import { cameraMovedByMap, selectFromMap } from '../state/actions';
import { uiStore } from '../state/ui-store';
import { useT } from '../state/use-lang';
import { type ViewState, viewOf } from '../state/view-state';
import { viewStore } from '../state/view-store';
import { MapController } from './controller/map-controller';
import type { MapFile, MapStatus } from './controller/status';
import { useSetMapHost } from './host-context';
import { MapControls } from './MapControls';
import { MapMessages } from './MapMessages';
import { type Hover, MapTooltip } from './MapTooltip';
import { replayMarks } from './story/replay-marks';
import { useStoryCamera } from './story/use-story-camera';
import './map.css';

interface Props {
  readonly dataset: Dataset | null;
  /** More notes over the map, beside its attribution (the imported layers' own). */
  readonly children?: ReactNode;
}

const NO_RINGS: readonly string[] = [];

/** The records a comparison rings: what changed between its two days (none: no ring). */
function ringsOf(view: ViewState, dataset: Dataset | null): readonly string[] {
  if (view.compare === null || !dataset) return NO_RINGS;
  return compare(dataset, view.compare, view.date, view).ids;
}

export function MapView({ dataset, children }: Props) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const controller = useRef<MapController | null>(null);
  const [status, setStatus] = useState<MapStatus>({ type: 'loading' });
  const [failedFiles, setFailedFiles] = useState<readonly MapFile[]>([]);
  const [hover, setHover] = useState<Hover | null>(null);
  const setHost = useSetMapHost();
  const data = useRef(dataset);
  data.current = dataset;

  // Created once: no dependencies on purpose (the map must never be re-created).
  // biome-ignore lint/correctness/useExhaustiveDependencies: create-once effect
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const inputs = (view: ViewState) => ({
      ...viewOf(view),
      rings: ringsOf(view, data.current),
      handovers: replayMarks(data.current, view.date, uiStore.getState().speed, view.lang),
    });
    const c = new MapController(el, inputs(viewStore.getState()), {
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
      onHover: setHover,
      onFiles: (failed) => {
        setFailedFiles(failed);
        // A missing basemap never lets the map say "data visible": what is shown is the view.
        if (failed.length > 0) uiStore.getState().markFirstView();
      },
    });
    controller.current = c;
    setHost(c);
    void c.init();
    // Feed the controller from the store without re-rendering React.
    const unsubscribe = viewStore.subscribe((s) => {
      c.update(inputs(s), { moveCamera: s.change.origin !== 'map', animate: s.change.animate });
    });
    return () => {
      unsubscribe();
      setHost(null);
      c.destroy();
      controller.current = null;
    };
  }, []);

  useStoryCamera(controller, container, dataset);

  useEffect(() => {
    const c = controller.current;
    if (!c || !dataset) return;
    for (const layer of dataset.layers) c.setData(layer.id, layer);
    // The rings depend on the data too.
    const view = viewStore.getState();
    c.update(
      {
        ...viewOf(view),
        rings: ringsOf(view, dataset),
        handovers: replayMarks(dataset, view.date, uiStore.getState().speed, view.lang),
      },
      { moveCamera: false, animate: false },
    );
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
      <MapTooltip hover={hover} dataset={dataset} />
      <p className="map-attribution">{t('map.attribution')}</p>
      {children}
    </div>
  );
}
