/**
 * What the Layers panel says about a layer that failed or lost records, as pure
 * functions of the query's error and the layer's rejected records: the reader is told why, and
 * offered only the action that can help (Retry for the network, a reload for a damaged file).
 */
import { DataLoadError, type LoadFailure } from '../data/queries';
import type { Rejected, RejectReason } from '../data/validate';
import type { T } from '../i18n';

/** How many ids a message names before it says "…". */
const MAX_IDS = 5;

export function failureOf(error: Error | null): LoadFailure {
  return error instanceof DataLoadError ? error.failure : 'offline';
}

/** One sentence per reason: "One record of “French forces” has an invalid source link and is
 * not shown: fr-gao." */
export function rejectedLines(t: T, layer: string, rejected: readonly Rejected[]): string[] {
  const byReason = new Map<RejectReason, Rejected[]>();
  for (const r of rejected) {
    const list = byReason.get(r.reason);
    if (list) list.push(r);
    else byReason.set(r.reason, [r]);
  }
  return [...byReason].map(([reason, list]) => {
    const ids = list.slice(0, MAX_IDS).map((r) => r.id);
    const more = list.length > MAX_IDS ? '…' : '';
    return t('layers.rejected', {
      count: list.length,
      layer,
      reason: t(`reject.${reason}`, { field: list[0]?.field ?? '' }),
      ids: ids.join(', ') + more,
    });
  });
}
