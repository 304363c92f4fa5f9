/**
 * "Import events…": a labelled file input (the label is the visible button), and drag-and-drop
 * of a file on the map area. The importer itself loads on first use.
 */

import { useEffect, useId, useRef } from 'react';
import { useT } from '../../state/use-lang';
import { importFile } from '../commands';
import { IMPORT_MARKS } from '../marks';

function start(file: File | undefined): void {
  if (!file) return;
  performance.mark(IMPORT_MARKS.start);
  void importFile(file);
}

export function ImportButton() {
  const t = useT();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);

  // Drop a file anywhere on the map area (the panel sits inside it).
  useEffect(() => {
    const area = root.current?.closest('.map-area');
    if (!(area instanceof HTMLElement)) return;
    const hasFile = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      area.classList.add('map-area--drop');
    };
    const leave = (e: DragEvent) => {
      if (e.target === area || !area.contains(e.relatedTarget as Node)) {
        area.classList.remove('map-area--drop');
      }
    };
    const drop = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      area.classList.remove('map-area--drop');
      start(e.dataTransfer?.files[0]);
    };
    area.addEventListener('dragover', over);
    area.addEventListener('dragleave', leave);
    area.addEventListener('drop', drop);
    return () => {
      area.removeEventListener('dragover', over);
      area.removeEventListener('dragleave', leave);
      area.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="import-button" ref={root}>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          start(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button">
        {t('import.button')}
      </label>
      <p id={`${id}-hint`} className="import-hint">
        {t('import.formats')}
      </p>
    </div>
  );
}
