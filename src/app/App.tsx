/**
 * The layout: header (title, share, language), the map with its layer panel and notices, the
 * side panel (details of the selection, or the "On this date" list and the timeline), and the
 * time slider. Each panel has its own error boundary.
 */
import { type ReactNode, useDeferredValue, useEffect, useState } from 'react';
import { FALLBACK_RANGE, useDataset } from '../data/dataset';
import { clampDay } from '../data/dates';
import { ExportMenu } from '../export/ExportMenu';
import {
  ImportedAttribution,
  ImportedDensity,
  ImportedEventDetails,
  ImportedLayers,
  ImportedMapLayers,
  importedCredits,
} from '../import/index';
import { MapView } from '../map/index';
import { ComparePanel } from '../panels/ComparePanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { LayersPanel } from '../panels/LayersPanel';
import { OnThisDate } from '../panels/OnThisDate';
import { SearchBox } from '../panels/SearchBox';
import { setCompare } from '../state/actions';
import { useReconcile } from '../state/reconcile';
import { useUi } from '../state/ui-store';
import { useLang, useT } from '../state/use-lang';
import { useView, viewStore } from '../state/view-store';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { TimeSlider } from '../timeline/TimeSlider';
import { AboutDialog, DataLine } from './About';
import { EmbedApp } from './EmbedApp';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { LinkNotice } from './LinkNotice';
import { ShareMenu } from './ShareMenu';
import { SkipLinks } from './SkipLinks';
import { StaleNotice } from './StaleNotice';
import { markStarted } from './startup-failure';
import { UpdatePrompt } from './UpdatePrompt';
import { VersionNotice } from './VersionNotice';

type Tab = 'on-this-date' | 'timeline' | 'compare';

const TAB_TITLE = {
  'on-this-date': 'onDate.title',
  timeline: 'timeline.title',
  compare: 'compare.tab',
} as const;

/** A year before the slider's day: what "Compare" first compares with. */
const COMPARE_BACK_DAYS = 365;

/** A titled region of the side panel, with its own error boundary. */
function SidePanel(props: { id: string; title: string; hidden: boolean; children: ReactNode }) {
  return (
    <section
      id={props.id}
      className="panel"
      aria-labelledby={`${props.id}-title`}
      hidden={props.hidden}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <ErrorBoundary name={props.id}>{props.children}</ErrorBoundary>
    </section>
  );
}

export function App() {
  const t = useT();
  const lang = useLang();
  // The data files come after the first map, which draws from the small map file.
  const firstMap = useUi((s) => s.firstMap);
  const { dataset, statuses } = useDataset(firstMap);
  const selected = useView((s) => s.selected);
  // The map gets the data at once; the panels a moment later, in a render React may put off, so
  // that the data is on the map before the lists are built.
  const panelData = useDeferredValue(dataset);
  // The service worker (and its precache download) starts once the first view is on screen:
  // on a slow link it must not compete with the page's own files.
  const firstView = useUi((s) => s.firstView);
  const embed = useView((s) => s.embed);
  const range = dataset?.range ?? FALLBACK_RANGE;
  useReconcile(dataset, statuses);
  useEffect(markStarted, []);

  // The document follows the language: <html lang>, title and description.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [lang, t]);

  const comparing = useView((s) => s.compare !== null);
  const [tab, setTab] = useState<Tab>(() =>
    viewStore.getState().compare !== null ? 'compare' : 'on-this-date',
  );
  // "Stop comparing" leaves the Compare tab for the list.
  const shown: Tab = tab === 'compare' && !comparing ? 'on-this-date' : tab;
  const openTab = (id: Tab) => {
    setTab(id);
    const view = viewStore.getState();
    if (id === 'compare' && view.compare === null) {
      setCompare(clampDay(view.date - COMPARE_BACK_DAYS, range));
    }
  };
  const showDetails = Boolean(dataset && selected && dataset.byId.has(selected));
  // Phones: the side panel is a sheet under the map, pulled up to the full screen to read.
  const [sheetFull, setSheetFull] = useState(false);

  if (embed) return <EmbedApp dataset={dataset} statuses={statuses} range={range} />;

  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <div className="app-title">
          <h1>
            <span className="title-long">{t('app.title')}</span>
            {/* Phones: a shorter title rather than a cut one. */}
            <span className="title-short" aria-hidden="true">
              {t('app.shortTitle')}
            </span>
          </h1>
          <p className="tagline">{t('app.tagline')}</p>
          <DataLine />
        </div>
        <ErrorBoundary name="search">
          <SearchBox dataset={panelData} />
        </ErrorBoundary>
        <div className="app-actions">
          <ExportMenu dataset={dataset} credits={() => importedCredits(lang)} />
          <ShareMenu />
          <LanguageSwitch />
        </div>
        <DataLine phone />
      </header>
      {/* Before the map in the document, after it on screen (layout.css): the slider is among
          the first Tab stops. */}
      <footer className="app-footer" id="time-slider">
        <ErrorBoundary name="slider">
          <TimeSlider dataset={dataset} range={range} strip={<ImportedDensity range={range} />} />
        </ErrorBoundary>
      </footer>
      <main className="app-main">
        <div className="map-area" id="map">
          <ErrorBoundary name="map">
            <MapView dataset={dataset}>
              <ImportedAttribution />
            </MapView>
            <ImportedMapLayers />
          </ErrorBoundary>
          <div className="map-overlay">
            <LinkNotice />
            <StaleNotice />
            <VersionNotice dataset={dataset} />
            {firstView && (
              <ErrorBoundary name="update">
                <UpdatePrompt />
              </ErrorBoundary>
            )}
            <ErrorBoundary name="layers">
              <LayersPanel dataset={panelData} statuses={statuses}>
                <ImportedLayers />
              </LayersPanel>
            </ErrorBoundary>
          </div>
        </div>
        <aside className={sheetFull ? 'side side--full' : 'side'} data-testid="side-panel">
          <button
            type="button"
            className="sheet-handle"
            aria-expanded={sheetFull}
            onClick={() => setSheetFull(!sheetFull)}
          >
            {t(sheetFull ? 'app.sheetLower' : 'app.sheetRaise')}
          </button>
          {!showDetails && (
            <ErrorBoundary name="imported-details">
              <ImportedEventDetails />
            </ErrorBoundary>
          )}
          {showDetails && dataset && (
            <ErrorBoundary name="details">
              <DetailsPanel dataset={dataset} />
            </ErrorBoundary>
          )}
          <div className="tabs" hidden={showDetails}>
            {(['on-this-date', 'timeline', 'compare'] as const).map((id) => (
              <button
                key={id}
                type="button"
                aria-pressed={shown === id}
                aria-controls={id}
                onClick={() => openTab(id)}
              >
                {t(TAB_TITLE[id])}
              </button>
            ))}
          </div>
          <SidePanel
            id="on-this-date"
            title={t('onDate.title')}
            hidden={showDetails || shown !== 'on-this-date'}
          >
            <OnThisDate dataset={panelData} />
          </SidePanel>
          <SidePanel
            id="timeline"
            title={t('timeline.title')}
            hidden={showDetails || shown !== 'timeline'}
          >
            {panelData && shown === 'timeline' && <TimelinePanel dataset={panelData} />}
          </SidePanel>
          <SidePanel
            id="compare"
            title={t('compare.title')}
            hidden={showDetails || shown !== 'compare'}
          >
            <ComparePanel dataset={panelData} />
          </SidePanel>
        </aside>
      </main>
      <ErrorBoundary name="about">
        <AboutDialog />
      </ErrorBoundary>
    </div>
  );
}
