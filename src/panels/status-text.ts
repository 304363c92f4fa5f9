/** A record's status at a day, in words ("active", "vacated 14 Dec 2021", "leaving — day
 * uncertain", "last reported 6 Jun 2025"): the words of `statusAt`'s statuses (data/dates.ts). */
import { pastLastReport, statusAt } from '../data/dates';
import type { AnyRecord } from '../data/model';
import { translate } from '../i18n';
import { datePhrase, formatDateText } from '../i18n/format-date';
import type { Lang } from '../i18n/lang';
import { lastReported } from './record-period';

export function statusText(r: AnyRecord, day: number, lang: Lang): string {
  if (r.type === 'move') return formatDateText(lang, r.props.date, 'short');
  const status = statusAt(r.span, day);
  if (r.type === 'event') {
    if (status === 'future') return translate(lang, 'status.future');
    if (status === 'ended' && r.props.start_date) {
      return formatDateText(lang, r.props.start_date, 'short');
    }
    return translate(lang, 'status.eventNow');
  }
  if (status === 'ended' && r.props.end_date) {
    return translate(lang, 'status.endedOn', {
      date: datePhrase(lang, r.props.end_date, 'stamp', 'short'),
    });
  }
  const report = 'last_confirmed' in r.props ? r.props.last_confirmed : undefined;
  // Only a record with `last_confirmed` is ever past its last report (see `spanOf`).
  if (status === 'unconfirmed' || (report && pastLastReport(r.span, day))) {
    return lastReported(lang, report ?? '', 'short', status === 'unconfirmed');
  }
  return translate(lang, `status.${status}`);
}
