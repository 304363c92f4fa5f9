/**
 * Dates in words, per language, at their true precision: a day ("14 December 2021"), a month
 * ("octobre 2021"), a year ("2018") or an uncertain span ("between October and December 2023").
 * Formatting is in UTC so that a day never shifts with the reader's time zone.
 */
import { DAY_MS, type DayInterval, parseDate } from '../data/dates';
import { translate } from './index';
import type { Lang } from './lang';

type Style = 'long' | 'short';
/** International English writes the day first ("14 December 2021"), as the French do. */
const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const cache = new Map<string, Intl.DateTimeFormat>();

function format(
  lang: Lang,
  style: Style,
  precision: DayInterval['precision'],
): Intl.DateTimeFormat {
  const key = `${lang}|${style}|${precision}`;
  let f = cache.get(key);
  if (!f) {
    const month = style === 'long' ? 'long' : 'short';
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { month, year: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(DATE_LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A day number in words: "14 December 2021" / "14 décembre 2021". */
export function formatDay(lang: Lang, day: number, style: Style = 'long'): string {
  return format(lang, style, 'day').format(new Date(day * DAY_MS));
}

/** A data date at its precision; the text as is if it cannot be parsed (never throws). */
export function formatDateText(lang: Lang, text: string, style: Style = 'long'): string {
  const interval = parseDate(text);
  if (typeof interval === 'string') return text;
  const [a, b] = text.split('/');
  if (b === undefined) return formatPart(lang, a ?? text, style);
  return translate(lang, 'date.span', {
    start: formatPart(lang, a ?? '', style),
    end: formatPart(lang, b, style),
  });
}

function formatPart(lang: Lang, part: string, style: Style): string {
  const interval = parseDate(part);
  if (typeof interval === 'string') return part;
  return format(lang, style, interval.precision).format(new Date(interval.first * DAY_MS));
}
