/**
 * Once the data has loaded, checks what the link asked for against it: a selected id merged
 * into another record opens that record, one that does not exist is cleared, a date outside the map's period is moved to the nearest day; both are
 * told in the link notice. Runs once, when every layer has loaded: while a layer is loading or
 * has failed, its records are "not loaded yet", not "absent", so the link keeps its `site` and
 * `date` and the view applies them when Retry succeeds.
 */
import { useEffect, useRef } from 'react';
import type { Dataset, LayerStatus } from '../data/dataset';
import { clampDay, fullestDay, isoDay, presentAt } from '../data/dates';
import { correctLink } from './actions';
import type { LinkProblem } from './link-problems';
import { uiStore } from './ui-store';
import type { ViewState } from './view-state';
import { viewStore } from './view-store';

export function reconcile(
  view: ViewState,
  dataset: Dataset,
  linkHadDate: boolean,
): { patch: Partial<ViewState>; problems: LinkProblem[] } {
  const patch: { selected?: string | null; date?: number } = {};
  const problems: LinkProblem[] = [];
  let date = view.date;
  const clamped = clampDay(date, dataset.range);
  if (clamped !== date) {
    problems.push({ param: 'date', value: isoDay(date), kind: 'out-of-data' });
    date = clamped;
    patch.date = clamped;
  }
  if (view.selected !== null) {
    // A link made before two records were merged names the one that went: it opens the other.
    const merged = dataset.formerIds.get(view.selected);
    if (merged) patch.selected = merged;
    const r = dataset.byId.get(merged ?? view.selected);
    if (!r) {
      problems.push({ param: 'site', value: view.selected, kind: 'unknown-site' });
      patch.selected = null;
    } else if (!linkHadDate && !presentAt(r.span, date)) {
      // A link to a record without a date opens at a day that shows the record at its fullest.
      patch.date = clampDay(fullestDay(r.span), dataset.range);
    }
  }
  return { patch, problems };
}

export function useReconcile(dataset: Dataset | null, statuses: readonly LayerStatus[]): void {
  const done = useRef(false);
  const loaded = statuses.length > 0 && statuses.every((s) => s.status === 'success');
  useEffect(() => {
    if (done.current || !dataset || !loaded) return;
    done.current = true;
    const { patch, problems } = reconcile(
      viewStore.getState(),
      dataset,
      uiStore.getState().linkHadDate,
    );
    correctLink(patch);
    uiStore.getState().addLinkProblems(problems);
  }, [dataset, loaded]);
}
