/**
 * The importer's integration points, and all that a first visit loads of it: the button, a
 * small store, and slots that load the rest (panel, details, density strip, map layer) only once
 * a file is imported or kept from an earlier visit.
 */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { dayNumber } from '../data/dates';
import { translate } from '../i18n';
import { formatDay } from '../i18n/format-date';
import type { Lang } from '../i18n/lang';
import { useMapHost } from '../map';
import { loadChunk } from '../state/stale';
import { useT } from '../state/use-lang';
import { restoreImports } from './commands';
import { attachImportedLayers } from './layer/attach';
import { importStore, useImports } from './store';
import { ImportButton } from './ui/ImportButton';
import './import.css';

export { ImportedAttribution, ImportedShareNote } from './ui/ImportedNotes';

/** A lazy part: where it cannot be loaded (a stale tab, told so), nothing is drawn in its place. */
function part<P extends object>(load: () => Promise<ComponentType<P>>) {
  const nothing: ComponentType<P> = () => null;
  return lazy(() =>
    loadChunk(load).then(
      (component) => ({ default: component }),
      () => ({ default: nothing }),
    ),
  );
}

const Panel = part(() => import('./ui/ImportedPanel').then((m) => m.ImportedPanel));
const Details = part(() => import('./ui/ImportedEventDetails').then((m) => m.ImportedEventDetails));
const Density = part(() => import('./ui/ImportedDensity').then((m) => m.ImportedDensity));

/** The day a layer was imported: its id is made from the time of the import (`session.ts`),
 * kept across reloads, so it stands for the day the file was taken from its origin. */
function importDay(layerId: string): number | null {
  const ms = Number.parseInt(layerId.replace(/^imported-/, ''), 36);
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The credit lines of the imported files shown, for an image of the map: the attribution each
 * origin requires (UCDP GED's licence), with the access date ACLED's terms ask for on every
 * visual. Read when an image is made, not a hook. */
export function importedCredits(lang: Lang): string[] {
  const lines = importStore
    .getState()
    .layers.filter((l) => l.visible && l.result.attribution)
    .map((l) => {
      const attribution = l.result.attribution ?? '';
      const day = l.result.origin === 'acled' ? importDay(l.id) : null;
      return day === null
        ? attribution
        : translate(lang, 'import.accessed', { attribution, date: formatDay(lang, day) });
    })
    .map((attribution) => translate(lang, 'import.attribution', { attribution }));
  return [...new Set(lines)];
}

/** In the Layers panel. */
export function ImportedLayers() {
  const t = useT();
  const active = useImports((s) => s.job !== null || s.layers.length > 0);
  useEffect(restoreImports, []);
  return (
    <section className="imported" aria-label={t('import.title')}>
      <ImportButton />
      {active && (
        <Suspense fallback={null}>
          <Panel />
        </Suspense>
      )}
    </section>
  );
}

/** In the side panel: the imported event opened on the map. */
export function ImportedEventDetails() {
  const open = useImports((s) => s.picked !== null);
  return open ? (
    <Suspense fallback={null}>
      <Details />
    </Suspense>
  ) : null;
}

/** Under the slider: imported events per month. */
export function ImportedDensity({ range }: { range: { min: number; max: number } }) {
  const any = useImports((s) => s.layers.length > 0);
  return any ? (
    <Suspense fallback={null}>
      <Density range={range} />
    </Suspense>
  ) : null;
}

/** Beside the map: hands the page's map to the imported layers. Renders nothing. */
export function ImportedMapLayers() {
  const host = useMapHost();
  useEffect(() => {
    attachImportedLayers(host);
    return () => attachImportedLayers(null);
  }, [host]);
  return null;
}
