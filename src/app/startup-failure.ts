/**
 * The screen a reader gets when the app cannot start (a module that throws as it loads, an
 * unhandled rejection before the first render, an error React cannot catch): a translated
 * "The map could not start" with a Reload button, never a blank page. Plain DOM and text nodes
 * only, so that it works whatever part of the app failed.
 */
import { translate } from '../i18n';
import { browserLang, type Lang } from '../i18n/lang';
import { parse } from '../state/url-codec';

const STARTED = 'data-started';

/** The app rendered: errors from now on are the error boundaries' and the panels' to show. */
export function markStarted(): void {
  document.documentElement.setAttribute(STARTED, '');
}

function readerLang(): Lang {
  return parse(window.location.search).state.lang ?? browserLang(navigator.languages);
}

export function showStartupFailure(error: unknown): void {
  console.error('The app could not start:', error);
  const root = document.getElementById('root');
  if (!root || root.querySelector('.startup-failure')) return;
  const lang = readerLang();
  const box = document.createElement('div');
  box.className = 'startup-failure';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = translate(lang, 'app.startFailed');
  const help = document.createElement('p');
  help.textContent = translate(lang, 'app.startFailedHelp');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = translate(lang, 'app.reload');
  reload.addEventListener('click', () => window.location.reload());
  box.append(title, help, reload);
  root.replaceChildren(box);
}

/** Listens for what escapes before the first render. */
export function guardStartup(): void {
  const before = (error: unknown) => {
    if (!document.documentElement.hasAttribute(STARTED)) showStartupFailure(error);
  };
  window.addEventListener('error', (e) => before(e.error ?? e.message));
  window.addEventListener('unhandledrejection', (e) => before(e.reason));
}
