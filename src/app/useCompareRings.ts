/**
 * The map rings what changed in a comparison's period (`compare=`): the records of `compare.ts`,
 * given to the map controller. The slider's day is read only while comparing.
 */
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import { activeMap } from '../map/active-map';
import { compare } from '../panels/compare';
import { useView } from '../state/view-store';

export function useCompareRings(dataset: Dataset | null): void {
  const compareDay = useView((s) => s.compare);
  const date = useView((s) => (s.compare === null ? null : s.date));
  const layers = useView((s) => s.layers);
  const hidden = useView((s) => s.hidden);
  const ids = useMemo(
    () =>
      dataset && compareDay !== null && date !== null
        ? compare(dataset, compareDay, date, { layers, hidden }).ids
        : [],
    [dataset, compareDay, date, layers, hidden],
  );
  useEffect(() => {
    activeMap()?.setHighlight(ids);
  }, [ids]);
}
