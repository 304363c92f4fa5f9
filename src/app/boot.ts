/**
 * The first module of the page, evaluated before the app's (index.html loads it first): if the
 * app's modules throw as they load, or a promise fails before the first render, the reader
 * sees a translated "could not start" screen instead of a blank page.
 */
import { guardStartup } from './startup-failure';

guardStartup();
