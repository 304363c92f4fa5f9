/** Search over names in both languages, ignoring accents and case ("menaka" finds Ménaka,
 * "tombouctou" and "timbuktu" find the same camp). Pure, tested. */
import type { Dataset } from '../data/dataset';
import type { AnyRecord } from '../data/model';
import type { Lang } from '../i18n/lang';
import { fold, recordName } from '../i18n/record-text';

export function searchRecords(dataset: Dataset, query: string, lang: Lang, limit = 8): AnyRecord[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const scored: { r: AnyRecord; score: number }[] = [];
  for (const r of dataset.byId.values()) {
    const names =
      r.type === 'move'
        ? [recordName(r, 'fr', dataset.byId), recordName(r, 'en', dataset.byId)]
        : [r.props['name:fr'], r.props['name:en']];
    let best = -1;
    for (const name of names.map(fold)) {
      const at = name.indexOf(q);
      if (at < 0) continue;
      // Prefix matches first, then word starts, then anywhere.
      const score = at === 0 ? 3 : /[\s(/'-]/.test(name[at - 1] ?? '') ? 2 : 1;
      best = Math.max(best, score);
    }
    if (best > 0) scored.push({ r, score: best - (r.type === 'move' ? 0.5 : 0) });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      recordName(a.r, lang, dataset.byId).localeCompare(recordName(b.r, lang, dataset.byId)),
  );
  return scored.slice(0, limit).map((s) => s.r);
}
