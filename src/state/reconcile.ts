/**
 * Once the data has loaded, checks what the link asked for against it: a selected id that does
 * not exist is cleared, a date outside the data is moved to the nearest day; both are told in
 * the link notice. Runs once, when every layer has settled.
 */
import { useEffect, useRef } from 'react';
import type { Dataset, LayerStatus } from '../data/dataset';
import { isoDay } from '../data/dates';
import { type AnyRecord, statusAt } from '../data/model';
import { clampDay } from '../timeline/slider-keys';
import { dayActive } from './select';
import { type LinkProblem, uiStore } from './ui-store';
import type { ViewState } from './view-state';
import { viewStore } from './view-store';

function activeAt(r: AnyRecord, day: number): boolean {
  if (r.type === 'site') return statusAt(r.span, day) === 'active';
  return day >= r.span.s0 && day < r.span.e1;
}

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
    const r = dataset.byId.get(view.selected);
    if (!r) {
      problems.push({ param: 'site', value: view.selected, kind: 'unknown-site' });
      patch.selected = null;
    } else if (!linkHadDate && !activeAt(r, date)) {
      // A link to a record without a date opens at a day that shows the record at its fullest.
      patch.date = clampDay(dayActive(r), dataset.range);
    }
  }
  return { patch, problems };
}

export function useReconcile(dataset: Dataset | null, statuses: readonly LayerStatus[]): void {
  const done = useRef(false);
  const settled = statuses.every((s) => s.status !== 'pending');
  useEffect(() => {
    if (done.current || !dataset || !settled) return;
    done.current = true;
    const { patch, problems } = reconcile(
      viewStore.getState(),
      dataset,
      uiStore.getState().linkHadDate,
    );
    if (Object.keys(patch).length > 0) viewStore.getState().update(patch, 'ui');
    uiStore.getState().addLinkProblems(problems);
  }, [dataset, settled]);
}
