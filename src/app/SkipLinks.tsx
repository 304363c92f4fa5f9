/**
 * The first Tab stops: links to the time slider, the map and the list of sites. Each moves the
 * focus itself, because a fragment link only scrolls to an element that is not a link target
 * by itself (the slider's input, MapLibre's canvas).
 */
import type { MouseEvent } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../state/use-lang';

const TARGETS: readonly { href: string; focus: string; label: MessageKey }[] = [
  { href: '#time-slider', focus: '.slider input[type="range"]', label: 'app.skipToSlider' },
  { href: '#map', focus: '.maplibregl-canvas', label: 'app.skipToMap' },
  { href: '#on-this-date', focus: '#on-this-date h2', label: 'app.skipToList' },
];

export function SkipLinks() {
  const t = useT();
  const go = (e: MouseEvent<HTMLAnchorElement>, selector: string) => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex') && !target.matches('input, a, button, canvas')) {
      target.tabIndex = -1;
    }
    target.focus();
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      {TARGETS.map(({ href, focus, label }) => (
        <a key={href} className="skip-link" href={href} onClick={(e) => go(e, focus)}>
          {t(label)}
        </a>
      ))}
    </nav>
  );
}
