/**
 * "Download": the map as an image (PNG with a caption band), the records shown as GeoJSON or
 * CSV. The export code loads on first use (a dynamic import), not with the page.
 */
import { useId, useRef, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { MessageKey } from '../i18n/en';
import { useT } from '../state/use-lang';
import { useMenu } from '../ui/use-menu';

type Feedback = { key: MessageKey; message?: string } | null;

export function ExportMenu({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useMenu(root, '.share-toggle');

  const run = async (what: 'image' | 'geojson' | 'csv') => {
    setOpen(false);
    setFeedback({ key: 'export.working' });
    try {
      const exporter = await import('./run-export');
      if (what === 'image') await exporter.downloadImage();
      else if (dataset) exporter.downloadData(dataset, what);
      setFeedback({ key: 'export.done' });
    } catch (error) {
      setFeedback({ key: 'export.failed', message: String(error) });
    }
    setTimeout(() => setFeedback(null), 4000);
  };

  return (
    <div className="share share--export" ref={root}>
      <button
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t('export.menu')}
      </button>
      <div id={menuId} className="share-menu" hidden={!open}>
        <button type="button" onClick={() => void run('image')}>
          {t('export.image')}
        </button>
        <button type="button" disabled={!dataset} onClick={() => void run('geojson')}>
          {t('export.geojson')}
        </button>
        <button type="button" disabled={!dataset} onClick={() => void run('csv')}>
          {t('export.csv')}
        </button>
      </div>
      <p className="share-feedback" role="status" aria-live="polite">
        {feedback ? t(feedback.key, { message: feedback.message ?? '' }) : ''}
      </p>
    </div>
  );
}
