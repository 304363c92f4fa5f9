/**
 * Layer toggles with the legend and the counts at the slider's day; a layer whose file failed
 * shows its error and a Retry button here, while the other layers keep working.
 */

import { type ReactNode, useState } from 'react';
import type { Dataset, LayerStatus } from '../data/dataset';
import { visibleAt } from '../data/dates';
import type { AnyRecord } from '../data/model';
import { ALL_KINDS, type RecordKind } from '../data/schema';
import { shownAt } from '../data/shown';
import { layerName } from '../i18n/actor-text';
import { showKind, showLayer } from '../state/actions';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { PHONE_QUERY } from '../ui/media';
import { layerLegend } from './layer-legend';
import { failureOf, rejectedLines } from './layer-problems';
import './panels.css';

/** The kinds a layer's records have, in the canonical order. */
function kindsOf(records: readonly AnyRecord[]): RecordKind[] {
  const present = new Set<string>(records.map((r) => r.kind));
  return ALL_KINDS.filter((k) => present.has(k));
}

const LEGEND = [
  ['swatch--circle swatch--filled', 'legend.active'],
  ['swatch--circle swatch--dashed', 'legend.uncertain'],
  ['swatch--circle swatch--pale swatch--query', 'legend.unconfirmed'],
  ['swatch--circle swatch--hollow', 'legend.ended'],
  ['swatch--corners', 'legend.approximate'],
  ['swatch--triangle', 'legend.event'],
  ['swatch--line', 'legend.move'],
] as const;

export function LayersPanel({
  dataset,
  statuses,
  children,
}: {
  dataset: Dataset | null;
  statuses: readonly LayerStatus[];
  /** More layers after the curated ones (the imported events, given by the app). */
  children?: ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  const layers = useView((s) => s.layers);
  const day = useView((s) => s.date);
  const hidden = useView((s) => s.hidden);
  // Open by default where there is room; on a phone the map comes first. A layer that failed
  // opens the panel so that its error and Retry button are seen.
  const [open, setOpen] = useState(() => !window.matchMedia?.(PHONE_QUERY).matches);
  const failed = statuses.some((s) => s.status === 'error');
  // Records left out do not force the panel open (on a phone it would cover the map): the
  // closed panel's title says how many, the open panel says which and why.
  const leftOut = dataset?.layers.reduce((n, l) => n + (l.rejected?.length ?? 0), 0) ?? 0;
  return (
    <details
      className="layers"
      open={open || failed}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t('layers.title')}
        {leftOut > 0 && (
          <span className="layers-left-out">
            {' '}
            · {t('layers.rejectedShort', { count: leftOut })}
          </span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('layers.title')}</legend>
        <ul>
          {layerLegend(lang).map(({ id, name, group, heading, swatch }) => {
            const status = statuses.find((s) => s.id === id);
            const data = dataset?.layers.find((l) => l.id === id);
            const count = data
              ? data.records.filter((r) => shownAt(r, day, { layers: [id], hidden })).length
              : null;
            return (
              <li key={id} data-group={group}>
                {heading && <p className="layer-group">{t(`layers.group.${group}`)}</p>}
                <label>
                  <input
                    type="checkbox"
                    checked={layers.includes(id)}
                    onChange={(e) => showLayer(id, e.target.checked)}
                  />
                  <span
                    className={swatch.className}
                    style={{ color: swatch.color }}
                    aria-hidden="true"
                  />
                  <span>{name}</span>
                  {count !== null && (
                    <span className="count" data-testid={`count-${id}`}>
                      {t('layers.count', { count })}
                      {data?.rejected && data.rejected.length > 0 && (
                        <> · {t('layers.rejectedShort', { count: data.rejected.length })}</>
                      )}
                    </span>
                  )}
                </label>
                {status?.status === 'pending' && (
                  <p className="layer-state" role="status">
                    {t('layers.loading', { layer: name })}
                  </p>
                )}
                {status?.status === 'error' && (
                  <p className="layer-state layer-state--error" role="alert">
                    {t('layers.loadError', { layer: name })}{' '}
                    {t(`layers.why.${failureOf(status.error)}`)}{' '}
                    {failureOf(status.error) === 'damaged' ? (
                      <button type="button" onClick={() => window.location.reload()}>
                        {t('layers.reload')}
                      </button>
                    ) : (
                      <button type="button" onClick={status.retry}>
                        {t('layers.retry')}
                      </button>
                    )}
                  </p>
                )}
                {data?.rejected && data.rejected.length > 0 && (
                  <div className="layer-state layer-state--error" role="alert">
                    {rejectedLines(t, name, data.rejected).map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {children}
        {dataset && (
          <details className="kinds">
            <summary>{t('layers.kinds')}</summary>
            {dataset.layers.map((layer) => (
              <fieldset key={layer.id} disabled={!layers.includes(layer.id)}>
                <legend>{layerName(lang, layer.id)}</legend>
                <ul>
                  {kindsOf(layer.records).map((kind) => (
                    <li key={kind}>
                      <label>
                        <input
                          type="checkbox"
                          checked={!hidden.includes(kind)}
                          onChange={(e) => showKind(kind, e.target.checked)}
                        />
                        <span>{t(`kind.${kind}`)}</span>
                        <span className="count">
                          {
                            layer.records.filter((r) => r.kind === kind && visibleAt(r.span, day))
                              .length
                          }
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
          </details>
        )}
        <ul className="legend" aria-label={t('legend.title')}>
          {LEGEND.map(([swatch, key]) => (
            <li key={key}>
              <span className={`swatch ${swatch}`} aria-hidden="true" />
              {t(key)}
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
