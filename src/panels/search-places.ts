/** What a record can be found by besides its name: its place in both languages, the countries
 * it is in (their names in French and English, and the short forms newsrooms use) and the
 * spellings of a place a reader may type ("Ndjamena", "Tombouctou", "Agades"). Pure. */
import type { AnyRecord } from '../data/model';
import { fold } from '../i18n/record-text';

/** Folded, then without apostrophes, hyphens and spaces: "N'Djamena" and "Ndjamena", "Faya-
 * Largeau" and "Faya Largeau" are the same words. */
export function loose(text: string): string {
  return fold(text).replace(/[’'`\-\s.]/g, '');
}

/** Short forms and old spellings of countries, beside their names from `Intl.DisplayNames`. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CF: ['RCA', 'CAR', 'Centrafrique', 'Central African Republic'],
  CI: ['Ivory Coast', 'Côte d’Ivoire', 'Cote d Ivoire'],
  TD: ['Tchad', 'Chad'],
  GQ: ['Guinée équatoriale', 'Equatorial Guinea'],
  SD: ['Soudan', 'Sudan'],
  LY: ['Libye', 'Libya'],
};

/** Other spellings of places, as wires and local papers write them. */
const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['Tombouctou', 'Timbuktu', 'Tomboctou', 'Timbuctoo'],
  ['Agadez', 'Agadès', 'Agades'],
  ['Tillabéri', 'Tillabéry', 'Tillaberi'],
  ['Abéché', 'Abeche', 'Abechet'],
  ['Ouagadougou', 'Ouaga'],
  ['Ménaka', 'Menaka'],
];

const regionNames = new Map<string, Intl.DisplayNames>();
function countryNames(code: string): string[] {
  const names: string[] = [...(COUNTRY_ALIASES[code] ?? [])];
  for (const lang of ['fr', 'en']) {
    let f = regionNames.get(lang);
    if (!f) {
      f = new Intl.DisplayNames([lang], { type: 'region' });
      regionNames.set(lang, f);
    }
    const name = f.of(code);
    if (name && name !== code) names.push(name);
  }
  return names;
}

/** The loose forms of a record's place and its other spellings. */
export function placeWords(r: AnyRecord): string[] {
  if (r.type === 'move') return [];
  const props = r.props as unknown as Record<string, unknown>;
  const places = [props['place:fr'], props['place:en']].filter(
    (p): p is string => typeof p === 'string',
  );
  const words = new Set(places.map(loose));
  for (const group of PLACE_ALIASES) {
    const forms = group.map(loose);
    if (forms.some((f) => [...words].some((w) => w.includes(f))))
      for (const f of forms) words.add(f);
  }
  return [...words];
}

/** The loose forms of the names of the countries a record is in. */
export function countryWords(r: AnyRecord): string[] {
  if (r.type === 'move') return [];
  const codes = (r.props as { countries?: readonly string[] }).countries ?? [];
  return codes.flatMap((c) => countryNames(c).map(loose));
}
