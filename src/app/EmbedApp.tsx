/**
 * The compact view for an iframe (`embed=1`): the map with its legend, the slider, and a link
 * that opens the same view in the full map (a new tab). No header, search or side panel.
 */
import type { Dataset, LayerStatus } from '../data/dataset';
import { MapView } from '../map/index';
import { LayersPanel } from '../panels/LayersPanel';
import { useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { useView } from '../state/view-store';
import type { Range } from '../timeline/slider-keys';
import { TimeSlider } from '../timeline/TimeSlider';
import { ErrorBoundary } from './ErrorBoundary';
import { fullMapLink } from './embed';

export function EmbedApp({
  dataset,
  statuses,
  range,
}: {
  dataset: Dataset | null;
  statuses: readonly LayerStatus[];
  range: Range;
}) {
  const t = useT();
  // The link follows the view (date, camera) as the reader moves it.
  const link = useView((s) =>
    fullMapLink(viewOf(s), `${window.location.origin}${window.location.pathname}`),
  );
  return (
    <div className="app app--embed">
      <main className="app-main">
        <div className="map-area">
          <ErrorBoundary name="map">
            <MapView dataset={dataset} />
          </ErrorBoundary>
          <div className="map-overlay">
            <ErrorBoundary name="layers">
              <LayersPanel dataset={dataset} statuses={statuses} />
            </ErrorBoundary>
          </div>
          <a className="map-embed-link" href={link} target="_blank" rel="noopener">
            {t('embed.openFull')}
          </a>
        </div>
      </main>
      <footer className="app-footer">
        <ErrorBoundary name="slider">
          <TimeSlider dataset={dataset} range={range} />
        </ErrorBoundary>
      </footer>
    </div>
  );
}
