/**
 * The embedded page tells its host the height its content needs (the height protocol of
 * `embed.ts`): the map's least height at this width plus the slider and the credit line, so that
 * the value does not depend on the iframe's current height (the map fills whatever is more, and
 * a host that sets the reported height gets a stable page, never a growing one).
 */
import { HEIGHT_MESSAGE } from './embed';

export function reportEmbedHeight(app: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const measure = () => {
    const main = app.querySelector<HTMLElement>('.app-main');
    const footer = app.querySelector<HTMLElement>('.app-footer');
    if (!main || !footer) return;
    const mapMin = Number.parseFloat(getComputedStyle(main).minHeight) || main.offsetHeight;
    const height = Math.ceil(mapMin + footer.offsetHeight);
    if (height === last) return;
    last = height;
    // Any host may frame the map (the host's CSP decides); a height is no secret.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(measure);
  observer.observe(app);
  const footer = app.querySelector('.app-footer');
  if (footer) observer.observe(footer);
  measure();
  return () => observer.disconnect();
}
