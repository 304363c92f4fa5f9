/**
 * Dates in words, per language, at their true precision: a day ("14 December 2021"), a month
 * ("octobre 2021"), a year ("2018") or an uncertain span ("between October and December 2023").
 * A date inside a sentence takes the words its precision and its role want: French says
 * « le 14 décembre », « en octobre », « du 27 janvier … au 14 décembre », « jusqu’au 11 janvier »,
 * « d’octobre », so each (role, precision) pair has its own phrase in the dictionaries.
 * Formatting is in UTC so that a day never shifts with the reader's time zone.
 */
import { DAY_MS, type DayInterval, parseDate } from '../data/dates';
import type { MessageKey } from './en';
import { translate } from './index';
import type { Lang } from './lang';

type Style = 'long' | 'short';
type Precision = DayInterval['precision'];
/** What a date does in its sentence: `at` "on 14 December" / "in October", `stamp` after a verb
 * ("vacated 14 Dec 2021", "départ le 14 déc. 2021"), `since`, `until`, and the two ends of a
 * period, `from` and `to`. */
export type DateRole = 'at' | 'stamp' | 'since' | 'until' | 'from' | 'to';
/** What of a date is written: the whole date, or a span's start without what its end repeats. */
type Parts = 'all' | 'no-year' | 'day-only';

/** International English writes the day first ("14 December 2021"), as the French do. */
const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const cache = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, style: Style, precision: Precision, parts: Parts) {
  const key = `${lang}|${style}|${precision}|${parts}`;
  let f = cache.get(key);
  if (!f) {
    const month = style === 'long' ? 'long' : 'short';
    const year = parts === 'all' ? 'numeric' : undefined;
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: parts === 'day-only' ? undefined : month, year }
        : precision === 'month'
          ? { month, year }
          : { year: 'numeric' };
    f = new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** French typography: the first of the month is « 1er », and the day number stays on the line
 * of its month (a non-breaking space). */
function typeset(lang: Lang, precision: Precision, text: string): string {
  if (lang !== 'fr' || precision !== 'day') return text;
  return text.replace(/^1(?=\s|$)/, '1er').replace(/^(\d+\S*) /, '$1\u00a0');
}

function formatInterval(
  lang: Lang,
  interval: DayInterval,
  style: Style,
  parts: Parts = 'all',
): string {
  const { precision } = interval;
  const text = format(lang, style, precision, parts).format(new Date(interval.first * DAY_MS));
  return typeset(lang, precision, text);
}

/** A day number in words: "14 December 2021" / "14 décembre 2021". */
export function formatDay(lang: Lang, day: number, style: Style = 'long'): string {
  return formatInterval(lang, { first: day, afterLast: day + 1, precision: 'day' }, style);
}

interface Parsed {
  readonly precision: Precision | 'span';
  readonly text: string;
}

function parse(lang: Lang, text: string, style: Style): Parsed | null {
  if (typeof parseDate(text) === 'string') return null;
  const [a = '', b] = text.split('/');
  const start = parseDate(a);
  if (typeof start === 'string') return null;
  if (b === undefined)
    return { precision: start.precision, text: formatInterval(lang, start, style) };
  const end = parseDate(b);
  if (typeof end === 'string') return null;
  return { precision: 'span', text: formatSpan(lang, start, end, style) };
}

/** "between October and December 2023", « entre le 12 et le 15 octobre 2021 »: the start leaves
 * out what the end says again. */
function formatSpan(lang: Lang, start: DayInterval, end: DayInterval, style: Style): string {
  const iso = (i: DayInterval) => new Date(i.first * DAY_MS).toISOString();
  const sameYear = start.precision !== 'year' && iso(start).slice(0, 4) === iso(end).slice(0, 4);
  const sameMonth =
    start.precision === 'day' &&
    end.precision === 'day' &&
    iso(start).slice(0, 7) === iso(end).slice(0, 7);
  const parts: Parts = sameMonth ? 'day-only' : sameYear ? 'no-year' : 'all';
  const part = (i: DayInterval, p: Parts) => {
    const text = formatInterval(lang, i, style, p);
    return i.precision === 'day' ? translate(lang, 'date.spanDay', { date: text }) : text;
  };
  return translate(lang, 'date.span', { start: part(start, parts), end: part(end, 'all') });
}

/** A data date at its precision, alone ("octobre 2021", "between October and December 2023");
 * the text as is if it cannot be parsed (never throws). */
export function formatDateText(lang: Lang, text: string, style: Style = 'long'): string {
  return parse(lang, text, style)?.text ?? text;
}

/** A data date with the words its role and precision want: `datePhrase('fr', '2021-10',
 * 'stamp')` is « en octobre 2021 », `datePhrase('fr', '2013-01-27', 'from')` « du 27 janvier
 * 2013 ». */
export function datePhrase(
  lang: Lang,
  text: string,
  role: DateRole,
  style: Style = 'long',
): string {
  const parsed = parse(lang, text, style);
  if (!parsed) return text;
  const key = `when.${role}.${parsed.precision}` as MessageKey;
  const phrase = translate(lang, key, { date: parsed.text });
  // « de octobre » is written « d’octobre ».
  return lang === 'fr' ? phrase.replace(/^de (?=[aeiouyâéèê])/i, 'd’') : phrase;
}
