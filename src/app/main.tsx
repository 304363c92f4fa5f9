/**
 * Entry: reads the view from the URL (with the browser's language as a fallback), fills the
 * store before the first render, starts the URL sync and renders the app. (`boot.ts`, loaded
 * before this module, shows a "could not start" screen if any of it throws.)
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLang } from '../i18n/lang';
import { MapProvider, startMapLibre } from '../map/index';
import { followUrl } from '../state/actions';
import { uiStore } from '../state/ui-store';
import { startUrlSync, stateFromUrl } from '../state/url-sync';
import { App } from './App';
import { showStartupFailure } from './startup-failure';
import './base.css';
import './layout.css';

// MapLibre's chunk and worker start now, while the store is filled and the app renders.
startMapLibre();

const { state, problems, linkHadDate, linkHadCamera, version } = stateFromUrl(
  window.location.search,
  browserLang(navigator.languages),
);
followUrl(state);
uiStore.getState().addLinkProblems(problems);
uiStore.getState().setLinkFacts({ linkHadDate, linkHadCamera });
uiStore.getState().setLinkVersion(version);
startUrlSync();

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  // An error no boundary catches unmounts the whole tree: say so rather than go blank.
  createRoot(root, { onUncaughtError: showStartupFailure }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <MapProvider>
          <App />
        </MapProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
