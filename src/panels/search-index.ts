/** Search over names in both languages, ignoring accents and case ("menaka" finds Ménaka,
 * "tombouctou" and "timbuktu" find the same camp), then over the words each actor is known by
 * (`data/actors.json`: "MINUSMA", "Bundeswehr", "américain"), which rank below a name. Pure,
 * tested. */
import { actorSpec } from '../data/actors';
import type { Dataset } from '../data/dataset';
import type { AnyRecord } from '../data/model';
import type { Lang } from '../i18n/lang';
import { fold, recordName } from '../i18n/record-text';

const WORDS = new Map<string, string[]>();

/** The words an actor is known by, in both languages, folded (computed once per actor). */
function actorWords(actor: string): string[] {
  let words = WORDS.get(actor);
  if (!words) {
    const spec = actorSpec(actor);
    words = [spec['name:fr'], spec['name:en'], ...spec['search:fr'], ...spec['search:en']].map(
      fold,
    );
    WORDS.set(actor, words);
  }
  return words;
}

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
    if (best < 0 && actorWords(r.actor).some((w) => w.startsWith(q))) best = 0.75;
    if (best > 0) scored.push({ r, score: best - (r.type === 'move' ? 0.5 : 0) });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      recordName(a.r, lang, dataset.byId).localeCompare(recordName(b.r, lang, dataset.byId)),
  );
  return scored.slice(0, limit).map((s) => s.r);
}
