/** The app's languages, and how one is picked when the link does not say. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** The browser's preferred language among ours: `fr*` → French, anything else → English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The language a record's text falls back to, and the one the switch offers. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

const names = new Map<string, Intl.DisplayNames>();

/** A language's name in another language ("French", « anglais »). */
export function languageName(of: Lang, inLang: Lang): string {
  let f = names.get(inLang);
  if (!f) {
    f = new Intl.DisplayNames([inLang], { type: 'language' });
    names.set(inLang, f);
  }
  return f.of(of) ?? of;
}
