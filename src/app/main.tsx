/**
 * Entry: reads the view from the URL (with the browser's language as a fallback), fills the
 * store before the first render, starts the URL sync and renders the app.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLang } from '../i18n';
import { uiStore } from '../state/ui-store';
import { startUrlSync, stateFromUrl } from '../state/url-sync';
import { viewStore } from '../state/view-store';
import { App } from './App';
import './styles.css';

const { state, problems } = stateFromUrl(window.location.search, browserLang(navigator.languages));
viewStore.setState({ ...state, origin: 'url', push: false });
uiStore.getState().addLinkProblems(problems);
uiStore.setState({ linkHadDate: new URLSearchParams(window.location.search).has('date') });
startUrlSync();

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
