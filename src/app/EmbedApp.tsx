/**
 * The compact view for an iframe (`embed=1`): the map with its legend, the slider, a link that
 * opens the same view in the full map (a new tab), and the data's version and licence. No
 * header, search or side panel. It reports its height to the host page (`embed-height.ts`).
 */
import { useEffect, useRef } from 'react';
import type { Dataset, LayerStatus } from '../data/dataset';
import { DATA_VERSION } from '../data/files';
import { DATA_LICENCE, DATA_LICENCE_SHORT } from '../data/project';
import { MapView } from '../map/index';
import { LayersPanel } from '../panels/LayersPanel';
import { useT } from '../state/use-lang';
import { viewOf } from '../state/view-state';
import { useView } from '../state/view-store';
import type { Range } from '../timeline/slider-keys';
import { TimeSlider } from '../timeline/TimeSlider';
import { DataAsOf } from './About';
import { ErrorBoundary } from './ErrorBoundary';
import { fullMapLink } from './embed';
import { reportEmbedHeight } from './embed-height';
import './embed.css';

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
    fullMapLink(viewOf(s), `${window.location.origin}${window.location.pathname}`, DATA_VERSION),
  );
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => (root.current ? reportEmbedHeight(root.current) : undefined), []);
  return (
    <div className="app app--embed" ref={root}>
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
        <p className="embed-credit">
          <a className="embed-credit-open" href={link} target="_blank" rel="noopener">
            {t('embed.openFull')}
          </a>{' '}
          <DataAsOf /> ·{' '}
          <a href={DATA_LICENCE.path} target="_blank" rel="noopener noreferrer">
            {DATA_LICENCE_SHORT}
          </a>
        </p>
      </footer>
    </div>
  );
}
