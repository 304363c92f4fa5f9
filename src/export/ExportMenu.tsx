/**
 * "Download": the map as an image (PNG with a caption band), the records shown as GeoJSON or
 * CSV. The export code loads on first use (a dynamic import), not with the page.
 */
import { useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { MessageKey } from '../i18n/en';
import { useMapHost } from '../map/index';
import { loadChunk } from '../state/stale';
import { useT } from '../state/use-lang';
import { DropMenu } from '../ui/DropMenu';

type Feedback = { key: MessageKey; message?: string } | null;

/** `credits` gives the credit lines of imported files shown (from the importer, through the
 * app: the export code does not reach into the importer). */
export function ExportMenu({
  dataset,
  credits,
}: {
  dataset: Dataset | null;
  credits?: () => readonly string[];
}) {
  const t = useT();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const map = useMapHost();
  const run = async (what: 'image' | 'geojson' | 'csv', close: () => void) => {
    close();
    setFeedback({ key: 'export.working' });
    try {
      const exporter = await loadChunk(() => import('./run-export'));
      if (what === 'image') await exporter.downloadImage(map, credits?.() ?? []);
      else if (dataset) exporter.downloadData(dataset, what);
      setFeedback({ key: 'export.done' });
    } catch (error) {
      setFeedback({ key: 'export.failed', message: String(error) });
    }
    setTimeout(() => setFeedback(null), 4000);
  };

  return (
    <DropMenu
      className="share share--export"
      label={t('export.menu')}
      items={(close) => (
        <>
          <button type="button" onClick={() => void run('image', close)}>
            {t('export.image')}
          </button>
          <button type="button" disabled={!dataset} onClick={() => void run('geojson', close)}>
            {t('export.geojson')}
          </button>
          <button type="button" disabled={!dataset} onClick={() => void run('csv', close)}>
            {t('export.csv')}
          </button>
        </>
      )}
    >
      <p className="share-feedback" role="status" aria-live="polite">
        {feedback ? t(feedback.key, { message: feedback.message ?? '' }) : ''}
      </p>
    </DropMenu>
  );
}
