/** After a first import (loaded then): its status, the window select and one item per layer. */
import { useT } from '../../state/use-lang';
import { setWindow, useImports, WINDOWS, type WindowChoice } from '../store';
import { ImportedLayerItem } from './ImportedLayerItem';
import { ImportStatus } from './ImportStatus';

export function ImportedPanel() {
  const t = useT();
  const layers = useImports((s) => s.layers);
  const window = useImports((s) => s.window);
  return (
    <>
      <ImportStatus />
      {layers.length > 0 && (
        <>
          <ul className="imported-list">
            {layers.map((l) => (
              <ImportedLayerItem key={l.id} layer={l} />
            ))}
          </ul>
          <label className="imported-window">
            <span>{t('import.window')}</span>
            <select
              value={window}
              onChange={(e) => setWindow(Number(e.target.value) as WindowChoice)}
            >
              {WINDOWS.map((w) => (
                <option key={w} value={w}>
                  {t(`import.window.${w}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </>
  );
}
