/**
 * The thin React host of the maps: creates them once (`light/two-maps.ts`: the light map first,
 * then MapLibre's), then feeds them the view (with the records a comparison rings, derived here
 * from the view and the data), the map file's records for the first map, and the loaded data. It
 * never re-creates a map and never re-renders on map movement; it puts the maps in the map
 * context for the export and the imported layers.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { compare } from '../data/compare';
import type { Dataset } from '../data/dataset';
import { mapFileQuery } from '../data/queries';
import { cameraMovedByMap, selectFromMap } from '../state/actions';
import { uiStore } from '../state/ui-store';
import { useT } from '../state/use-lang';
import { type ViewState, viewOf } from '../state/view-state';
import { viewStore } from '../state/view-store';
import type { MapFile, MapStatus } from './controller/status';
import type { ShownMap } from './handle/contract';
import { useSetMapHost } from './host-context';
import { TwoMaps } from './light/two-maps';
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

/** A change that brings no camera: the map in front stays where the reader has it (as a change
 * that came from the map itself), the other follows the view's camera. */
const NO_MOVE = { origin: 'map', animate: false } as const;

/** The records a comparison rings: what changed between its two days (none: no ring). */
function ringsOf(view: ViewState, dataset: Dataset | null): readonly string[] {
  if (view.compare === null || !dataset) return NO_RINGS;
  return compare(dataset, view.compare, view.date, view).ids;
}

export function MapView({ dataset, children }: Props) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const maps = useRef<TwoMaps | null>(null);
  const [status, setStatus] = useState<MapStatus>({ type: 'loading' });
  const [shown, setShown] = useState<ShownMap>('none');
  const [failedFiles, setFailedFiles] = useState<readonly MapFile[]>([]);
  const [hover, setHover] = useState<Hover | null>(null);
  const setHost = useSetMapHost();
  const data = useRef(dataset);
  data.current = dataset;
  // What the first map draws: the map file, then the data files once they are in.
  const mapFile = useQuery(mapFileQuery);
  const layers = dataset?.layers ?? mapFile.data ?? null;

  // Created once: no dependencies on purpose (the maps must never be re-created).
  // biome-ignore lint/correctness/useExhaustiveDependencies: create-once effect
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const inputs = (view: ViewState) => ({
      ...viewOf(view),
      rings: ringsOf(view, data.current),
      handovers: replayMarks(data.current, view.date, uiStore.getState().speed, view.lang),
    });
    const ui = uiStore.getState();
    const m = new TwoMaps(el, inputs(viewStore.getState()), {
      onCamera: cameraMovedByMap,
      onSelect: selectFromMap,
      onStatus: setStatus,
      onShown: setShown,
      onFirstMap: ui.markFirstMap,
      onFirstView: ui.markFirstView,
      onHover: setHover,
      onFiles: (failed) => {
        setFailedFiles(failed);
        // A missing basemap never lets the map say "data visible": what is shown is the view.
        if (failed.length > 0) ui.markFirstView();
      },
    });
    maps.current = m;
    setHost(m);
    m.init();
    // Feed the maps from the store without re-rendering React.
    const unsubscribe = viewStore.subscribe((s) => m.update(inputs(s), s.change));
    return () => {
      unsubscribe();
      setHost(null);
      m.destroy();
      maps.current = null;
    };
  }, []);

  useStoryCamera(maps, container, layers);

  useEffect(() => {
    if (layers) maps.current?.setLayers(layers);
  }, [layers]);

  const noMapFile = mapFile.isError;
  useEffect(() => {
    if (noMapFile) maps.current?.noMapFile();
  }, [noMapFile]);

  useEffect(() => {
    const m = maps.current;
    if (!m || !dataset) return;
    for (const layer of dataset.layers) m.setData(layer.id, layer);
    // The rings depend on the data too.
    const view = viewStore.getState();
    m.update(
      {
        ...viewOf(view),
        rings: ringsOf(view, dataset),
        handovers: replayMarks(dataset, view.date, uiStore.getState().speed, view.lang),
      },
      NO_MOVE,
    );
  }, [dataset]);

  return (
    <div className="map-host">
      <section
        ref={container}
        className="map-canvas"
        aria-label={t('map.label')}
        data-status={status.type}
        data-shown={shown}
      />
      {/* Shown while the map loads too: the opening view keeps their room clear. */}
      {(shown !== 'none' || status.type === 'ready' || status.type === 'loading') && (
        <MapControls maps={maps} />
      )}
      <MapMessages
        status={status}
        shown={shown}
        failedFiles={failedFiles}
        onRetryFiles={() => maps.current?.retryFiles()}
      />
      <MapTooltip hover={hover} dataset={dataset} />
      <p className="map-attribution">{t('map.attribution')}</p>
      {children}
    </div>
  );
}
