/** Two notes that follow the imported layers: their attribution on the map, and, in the Share
 * menu, that they are not part of the link. */
import { useT } from '../../state/use-lang';
import { useImports } from '../store';

export function ImportedAttribution() {
  const t = useT();
  const layers = useImports((s) => s.layers);
  const attributions = [
    ...new Set(layers.filter((l) => l.visible).flatMap((l) => l.result.attribution ?? [])),
  ];
  if (attributions.length === 0) return null;
  return (
    <p className="map-attribution map-attribution--imported" data-testid="imported-attribution">
      {t('import.attribution', { attribution: attributions.join('; ') })}
    </p>
  );
}

export function ImportedShareNote() {
  const t = useT();
  const any = useImports((s) => s.layers.length > 0);
  if (!any) return null;
  return <p className="share-note">{t('import.notInLink')}</p>;
}
