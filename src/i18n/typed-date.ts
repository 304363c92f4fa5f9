/**
 * The app's own date field: what a reader types, in their language, read as a day. French
 * readers write « 14/12/2021 » or « 14 décembre 2021 » (« 1er juin 2021 »); English readers of
 * this map write "14 Dec 2021" or "14/12/2021" (day first, as in Britain and West Africa); both
 * may paste an ISO date. A browser's own date input would show a month-first US format to many
 * of them. Pure: a calendar day, or null when the text is not one.
 */
import { calendarDay, isoDay } from '../data/calendar';
import type { Lang } from './lang';

/** Month names and their abbreviations, folded (no accents, no dots), in both languages: a
 * French reader pasting an English date is understood too. */
const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];

const EN_SHORT = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function monthOf(word: string): number | null {
  const w = fold(word).replace(/\.$/, '');
  const i = MONTHS.findIndex((names) => names.includes(w));
  return i < 0 ? null : i + 1;
}

/** The day a reader typed, or null. */
export function parseTypedDate(text: string): number | null {
  const t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return calendarDay(Number(m[3]), Number(m[2]), Number(m[1]));
  // "14 Dec 2021", « 1er juin 2021 », "14 décembre, 2021"
  m = /^(\d{1,2})(?:er)?\s+([\p{L}.]+),?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month === null ? null : calendarDay(Number(m[3]), month, Number(m[1]));
  }
  // "December 14, 2021"
  m = /^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month === null ? null : calendarDay(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

/** A day as the field shows it: « 14/12/2021 » in French, "14 Dec 2021" in English. */
export function formatTypedDate(lang: Lang, day: number): string {
  const [yyyy, mm, dd] = isoDay(day).split('-');
  if (lang === 'fr') return `${dd}/${mm}/${yyyy}`;
  return `${Number(dd)} ${EN_SHORT[Number(mm) - 1]} ${yyyy}`;
}
