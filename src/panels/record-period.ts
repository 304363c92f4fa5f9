/** A record's period in words, at its true precision: "27 January 2013 to 14 December 2021",
 * "since 22 January 2018 — last reported 7 August 2025", "2018 to 13 June 2022 — exact day
 * unknown", "start unknown — until 30 January 2025"; in French « du 27 janvier 2013 au
 * 14 décembre 2021 », « jusqu’au 11 janvier 2025 » (the words around each date are chosen by
 * its role and precision: `datePhrase`). */
import { isExact, parseDate } from '../data/dates';
import type { AnyRecord } from '../data/model';
import { translate } from '../i18n';
import { datePhrase, formatDateText } from '../i18n/format-date';
import type { Lang } from '../i18n/lang';

/** "last reported 6 June 2025" / "last reported in June 2025" (a month or a year); with
 * `doubt`, "not confirmed since …" (the report is more than the window old). */
export function lastReported(
  lang: Lang,
  date: string,
  style: 'long' | 'short' = 'long',
  doubt = false,
): string {
  const interval = parseDate(date);
  const exact = typeof interval !== 'string' && isExact(interval);
  const key = doubt
    ? exact
      ? 'status.notConfirmedDay'
      : 'status.notConfirmedPeriod'
    : exact
      ? 'status.lastReportedDay'
      : 'status.lastReportedPeriod';
  return translate(lang, key, { date: formatDateText(lang, date, style) });
}

export function recordPeriod(r: AnyRecord, lang: Lang): string {
  const p = (text: string, role: Parameters<typeof datePhrase>[2]) => datePhrase(lang, text, role);
  if (r.type === 'move') return p(r.props.date, 'at');
  const { start_date: start, end_date: end } = r.props;
  const parts: string[] = [];
  if (start === null) {
    parts.push(translate(lang, 'details.startUnknown'));
    if (end) parts.push(p(end, 'until'));
  } else if (r.type === 'event' && !end) {
    parts.push(p(start, 'at'));
  } else if (!end) {
    parts.push(p(start, 'since'));
  } else {
    parts.push(translate(lang, 'details.fromTo', { start: p(start, 'from'), end: p(end, 'to') }));
  }
  const uncertain = (r.start && !isExact(r.start)) || (r.end && !isExact(r.end) && end);
  if (uncertain) parts.push(translate(lang, 'details.exactDayUnknown'));
  if (!end && 'last_confirmed' in r.props && r.props.last_confirmed) {
    parts.push(lastReported(lang, r.props.last_confirmed));
  }
  return parts.join(' — ');
}

/** The period alone, short, for a list (search results): "26 Jan 2013 to 15 Aug 2022",
 * « depuis 2018 », « jusqu’au 11 janv. 2025 ». */
export function briefPeriod(r: AnyRecord, lang: Lang): string {
  const p = (text: string, role: Parameters<typeof datePhrase>[2]) =>
    datePhrase(lang, text, role, 'short');
  if (r.type === 'move') return p(r.props.date, 'at');
  const { start_date: start, end_date: end } = r.props;
  if (start === null) return end ? p(end, 'until') : translate(lang, 'details.startUnknown');
  if (!end) return p(start, r.type === 'event' ? 'at' : 'since');
  return translate(lang, 'details.fromTo', { start: p(start, 'from'), end: p(end, 'to') });
}
