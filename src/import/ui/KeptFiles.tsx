/**
 * "Free space…": the files kept on this device, each with its size and a Remove, and how much
 * of the browser's allowance the site uses (where the browser says it). Removing a file also
 * takes its layer off the map, as the layer's own Remove does.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { useLang, useT } from '../../state/use-lang';
import { keptList, removeLayer } from '../commands';

type Listing = Awaited<ReturnType<typeof keptList>>;

export function formatBytes(lang: Lang, bytes: number): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / 1_000_000 : Math.max(0.1, bytes / 1000));
}

export function KeptFiles({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [listing, setListing] = useState<Listing | null>(null);
  const load = useCallback(() => {
    void keptList().then(setListing);
  }, []);
  useEffect(load, [load]);

  return (
    <section className="kept-files" aria-labelledby={`${id}-title`} data-testid="kept-files">
      <h3 id={`${id}-title`}>{t('import.kept.title')}</h3>
      {listing && listing.files.length === 0 && <p>{t('import.kept.none')}</p>}
      {listing && listing.files.length > 0 && (
        <ul>
          {listing.files.map((f) => (
            <li key={f.id}>
              <span className="kept-name">{f.name}</span>
              <span className="kept-size">{formatBytes(lang, f.size)}</span>
              <button
                type="button"
                aria-label={t('import.kept.forget', { name: f.name })}
                onClick={() => void removeLayer(f.id).then(load)}
              >
                {t('import.kept.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {listing?.usage && (
        <p className="kept-usage">
          {t('import.kept.usage', {
            usage: formatBytes(lang, listing.usage.usage),
            quota: formatBytes(lang, listing.usage.quota),
          })}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('import.kept.close')}
      </button>
    </section>
  );
}
