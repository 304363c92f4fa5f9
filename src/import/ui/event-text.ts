/** How an imported event reads in the panels: its type's name, its date at its precision. */
import { isoDay } from '../../data/dates';
import type { T } from '../../i18n';
import { formatDateText, formatDay } from '../../i18n/format-date';
import type { Lang } from '../../i18n/lang';
import type { Origin } from '../parse/formats';
import { type EventTable, PRECISIONS } from '../parse/table';

export function typeLabel(origin: Origin, type: string, t: T): string {
  if (type === '') return t('import.typeUnknown');
  if (origin === 'ged' && (type === '1' || type === '2' || type === '3')) {
    return t(`import.ged.${type}`);
  }
  return type;
}

/** The date as known: the day, the month, or the window with what is uncertain about it. */
export function dateText(table: EventTable, i: number, lang: Lang, t: T): string {
  const start = table.start[i] ?? 0;
  const end = table.end[i] ?? start + 1;
  const precision = PRECISIONS[table.precision[i] ?? 0] ?? 'day';
  if (precision === 'day') return formatDay(lang, start);
  if (precision === 'month') return formatDateText(lang, isoDay(start).slice(0, 7));
  const between = t('import.details.between', {
    start: formatDay(lang, start),
    end: formatDay(lang, end - 1),
  });
  return `${between} (${t(precision === 'week' ? 'import.precision.week' : 'import.precision.span')})`;
}

/** Only http(s) addresses become links; everything else from a file is plain text. */
export function safeUrl(text: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(text.trim())) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
