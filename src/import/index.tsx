/**
 * The importer's integration points, and all that a first visit loads of it: the button, a
 * small store, and slots that load the rest (panel, details, density strip, map layer) only once
 * a file is imported or kept from an earlier visit.
 */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { useMapHost } from '../map';
import { loadChunk } from '../state/stale';
import { useT } from '../state/use-lang';
import { restoreImports } from './commands';
import { attachImportedLayers } from './layer/attach';
import { useImports } from './store';
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
