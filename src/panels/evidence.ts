/** Each date of a record with the sources that back it, in the order a reader reads a period:
 * start or first report, last report, end (a move: its date). Pure. */
import type { AnyRecord } from '../data/model';
import type { DateField, Source } from '../data/schema';

export interface DateEvidence {
  readonly field: DateField;
  /** The date as written in the record, at its precision. */
  readonly date: string;
  /** Every source that backs it: where they disagree, the reader sees each. */
  readonly sources: readonly Source[];
}

const ORDER: readonly DateField[] = [
  'start_date',
  'first_confirmed',
  'last_confirmed',
  'end_date',
  'date',
];

export function dateEvidence(r: AnyRecord): DateEvidence[] {
  const props = r.props as Partial<Record<DateField, unknown>>;
  return ORDER.flatMap((field) => {
    const date = props[field];
    if (typeof date !== 'string') return [];
    const sources = r.props.sources.filter((s) => s.supports.includes(field));
    return [{ field, date, sources }];
  });
}
