/**
 * An imported event, opened by a click on the map: its date at its precision, type, actors,
 * fatalities, place, notes and source, and the file and attribution it comes from. Every text
 * from the file is rendered as text; only an http(s) source becomes a link. Its header is
 * written here, not with `ui/DetailsHeader`: this chunk loads on demand, and a lazy chunk
 * importing that shared component made the bundler split the page's entry into three common
 * chunks (2.7 kB more, three more requests on a first visit).
 */
import { useEffect, useRef } from 'react';
import { useLang, useT } from '../../state/use-lang';
import { pick, useImports } from '../store';
import { dateText, safeUrl, typeLabel } from './event-text';

export function ImportedEventDetails() {
  const t = useT();
  const lang = useLang();
  const picked = useImports((s) => s.picked);
  const layer = useImports((s) => s.layers.find((l) => l.id === picked?.layerId));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!picked) return;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') pick(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picked]);

  if (!picked || !layer) return null;
  const { table, origin, attribution } = layer.result;
  const i = picked.index;
  const type = typeLabel(origin, table.types[table.type[i] ?? 0] ?? '', t);
  const fatalities = table.fatalities[i] ?? -1;
  const source = table.source[i] ?? '';
  const url = safeUrl(source);
  const rows: [string, string | null][] = [
    [t('import.details.actors'), table.actors[i] || null],
    [t('import.details.place'), table.place[i] || null],
    [t('import.details.notes'), table.notes[i] || null],
  ];
  return (
    <article className="details imported-details" aria-labelledby="imported-details-title">
      <header className="details-header">
        <h2 id="imported-details-title" tabIndex={-1} ref={heading}>
          {type}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => pick(null)}
          aria-label={t('import.details.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="details-facts">
        <dt>{t('import.details.date')}</dt>
        <dd data-testid="imported-date">{dateText(table, i, lang, t)}</dd>
        <dt>{t('import.details.type')}</dt>
        <dd>{type}</dd>
        <dt>{t('import.details.fatalities')}</dt>
        <dd>{fatalities >= 0 ? fatalities : t('import.details.fatalitiesUnknown')}</dd>
        {rows.map(([label, value]) =>
          value ? (
            <div key={label} className="imported-fact">
              <dt>{label}</dt>
              <dd className="imported-text">{value}</dd>
            </div>
          ) : null,
        )}
        {source && (
          <>
            <dt>{t('import.details.source')}</dt>
            <dd className="imported-text">
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {source}
                </a>
              ) : (
                source
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="details-note">
        {t('import.details.file', { name: layer.name })}
        {attribution && ` — ${t('import.attribution', { attribution })}`}
      </p>
    </article>
  );
}
