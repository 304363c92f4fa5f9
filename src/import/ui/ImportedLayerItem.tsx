/** One imported layer in the Layers panel: show/hide, file name, count at the day, types,
 * remove; and, when its file could not be kept on the device, that notice with Try again and
 * Free space (the list of kept files). */
import { useState } from 'react';
import { useT } from '../../state/use-lang';
import { useView } from '../../state/view-store';
import { removeLayer, retryKeep } from '../commands';
import { countAt } from '../parse/table';
import { type ImportedLayer, setVisible, useImports, windowDaysOf } from '../store';
import { typeLabel } from './event-text';
import { KeptFiles } from './KeptFiles';

const MAX_LEGEND = 8;

export function ImportedLayerItem({ layer }: { layer: ImportedLayer }) {
  const t = useT();
  const day = useView((s) => s.date);
  const window = useImports((s) => s.window);
  const { table, origin, attribution } = layer.result;
  const count = countAt(table, day, windowDaysOf(window));
  const [freeing, setFreeing] = useState(false);
  return (
    <li className="imported-layer" data-testid="imported-layer">
      <div className="imported-layer-row">
        <label>
          <input
            type="checkbox"
            checked={layer.visible}
            onChange={(e) => setVisible(layer.id, e.target.checked)}
            aria-label={t('import.show', { name: layer.name })}
          />
          <span
            className="swatch swatch--circle swatch--filled imported-swatch"
            aria-hidden="true"
          />
          <span className="imported-name">{layer.name}</span>
          <span className="count" data-testid="count-imported">
            {t('import.count', { count })}
          </span>
        </label>
        <button
          type="button"
          className="imported-remove"
          aria-label={t('import.remove', { name: layer.name })}
          title={t('import.remove', { name: layer.name })}
          onClick={() => void removeLayer(layer.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul className="imported-types">
        {table.types.slice(0, MAX_LEGEND).map((type, i) => (
          <li key={type}>
            <span className="type-dot" style={{ background: layer.colors[i] }} aria-hidden="true" />
            {typeLabel(origin, type, t)}
          </li>
        ))}
      </ul>
      {layer.kept === 'not-kept' && (
        <div className="import-status import-status--error" role="alert" data-testid="not-kept">
          <p>{t('import.kept.failed', { name: layer.name })}</p>
          <button type="button" onClick={() => void retryKeep(layer.id)}>
            {t('import.kept.retry')}
          </button>{' '}
          <button type="button" aria-expanded={freeing} onClick={() => setFreeing(!freeing)}>
            {t('import.kept.free')}
          </button>
        </div>
      )}
      {freeing && layer.kept === 'not-kept' && <KeptFiles onClose={() => setFreeing(false)} />}
      {attribution && (
        <p className="imported-attribution">{t('import.attribution', { attribution })}</p>
      )}
    </li>
  );
}
