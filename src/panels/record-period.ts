/** A record's period in words, at its true precision: "27 January 2013 to 14 December 2021",
 * "since 22 January 2018 — last reported 7 August 2025", "2018 to 13 June 2022 — exact day
 * unknown", "start unknown — until 30 January 2025". */
import { isExact, parseDate } from '../data/dates';
import type { AnyRecord } from '../data/model';
import { translate } from '../i18n';
import { formatDateText } from '../i18n/format-date';
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
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) =>
    translate(lang, key, vars);
  const f = (text: string) => formatDateText(lang, text);
  if (r.type === 'move') return t('details.on', { date: f(r.props.date) });
  const { start_date: start, end_date: end } = r.props;
  const parts: string[] = [];
  if (start === null) {
    parts.push(t('details.startUnknown'));
    if (end) parts.push(t('details.until', { date: f(end) }));
  } else if (r.type === 'event' && !end) {
    parts.push(t('details.on', { date: f(start) }));
  } else if (!end) {
    parts.push(t('details.since', { date: f(start) }));
  } else {
    parts.push(t('details.fromTo', { start: f(start), end: f(end) }));
  }
  const uncertain = (r.start && !isExact(r.start)) || (r.end && !isExact(r.end) && end);
  if (uncertain) parts.push(t('details.exactDayUnknown'));
  if (!end && 'last_confirmed' in r.props && r.props.last_confirmed) {
    parts.push(lastReported(lang, r.props.last_confirmed));
  }
  return parts.join(' — ');
}
