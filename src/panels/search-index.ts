/** Search over names in both languages, ignoring accents and case ("menaka" finds Ménaka,
 * "tombouctou" and "timbuktu" find the same camp), then places, their other spellings and
 * countries (search-places.ts): "Niger" lists the sites in Niger; then the words each actor is
 * known by (`data/actors.json`: "Wagner", "MINUSMA", "Bundeswehr", "américain"), which rank
 * below a name. Pure, tested. */
import { actorSpec } from '../data/actors';
import type { Dataset } from '../data/dataset';
import type { AnyRecord } from '../data/model';
import type { Lang } from '../i18n/lang';
import { fold, recordName } from '../i18n/record-text';
import { countryWords, loose, placeWords } from './search-places';

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

export function searchRecords(
  dataset: Dataset,
  query: string,
  lang: Lang,
  limit = 12,
): AnyRecord[] {
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
    best = Math.max(best, otherWordsScore(r, q));
    if (best < 0 && actorWords(r.actor).some((w) => w.startsWith(q))) best = 0.75;
    if (best > 0) scored.push({ r, score: best - (r.type === 'move' ? 0.5 : 0) });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      recordName(a.r, lang, dataset.byId).localeCompare(recordName(b.r, lang, dataset.byId)),
  );
  const lastOfCountry = scored.findLastIndex((s) => s.score === COUNTRY_SITE);
  return scored.slice(0, Math.max(limit, lastOfCountry + 1)).map((s) => s.r);
}

/** A country named in full: its sites come first, all of them (a newsroom asks "what is in
 * Niger"), even past the limit. */
const COUNTRY_SITE = 2.5;

/** A place or another spelling found is worth a word start in the name; a country, less: "Mali"
 * lists the sites named Mali first, then those in Mali. Sites come before events there. */
function otherWordsScore(r: AnyRecord, q: string): number {
  const l = loose(q);
  if (l.length < 2) return -1;
  if (placeWords(r).some((w) => w.includes(l))) return 2;
  const countries = countryWords(r);
  if (r.type === 'site' && countries.includes(l)) return COUNTRY_SITE;
  if (countries.some((w) => w.startsWith(l))) return r.type === 'site' ? 1.5 : 1.2;
  return -1;
}
