/**
 * The evidence rules of one record, for the data check: every date it has is backed by a source
 * that says which facts it supports; a last or first report is the date of such a source; a
 * `high` grade rests on two independent publishers. Pure; `check.ts` runs it on every feature.
 */
import { DATE_FIELDS, type EvidenceField } from './schema';

type Props = Record<string, unknown>;
type Report = (field: string, message: string) => void;

interface SourceLike {
  readonly publisher?: unknown;
  readonly date?: unknown;
  readonly supports?: unknown;
}

/** What a move's source may back (its one date, its line, its description). */
const MOVE_FIELDS: readonly EvidenceField[] = ['date', 'location', 'description'];
const PLACE_FIELDS: readonly EvidenceField[] = [
  'start_date',
  'end_date',
  'first_confirmed',
  'last_confirmed',
  'location',
  'description',
];

/** A language tag in a Wikipedia publisher ("Wikipedia (en)") names no origin. */
const LANGUAGE_TAG = /^[a-z]{2,3}$/;

/**
 * Who a publisher's story comes from, for independence: the origin named in parentheses for a
 * republished story ("Punch (AFP)" → "afp"), Wikipedia for its language editions and copies,
 * else the publisher itself. A wire story and its reposts therefore count once.
 */
export function origin(publisher: string): string {
  const text = publisher.trim();
  if (/^wikipedia\b/i.test(text)) return 'wikipedia';
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  if (m?.[2] && !LANGUAGE_TAG.test(m[2].trim())) return m[2].trim().toLowerCase();
  return (m?.[1] ?? text).trim().toLowerCase();
}

function sourcesOf(p: Props): SourceLike[] {
  return Array.isArray(p.sources)
    ? p.sources.filter((s): s is SourceLike => !!s && typeof s === 'object')
    : [];
}

const supportsOf = (s: SourceLike): string[] =>
  Array.isArray(s.supports) ? s.supports.filter((x): x is string => typeof x === 'string') : [];

/** The date fields a record has, with their text. */
function datesOf(p: Props, isMove: boolean): [string, string][] {
  const fields = isMove ? (['date'] as const) : DATE_FIELDS.filter((f) => f !== 'date');
  return fields.flatMap((f) => (typeof p[f] === 'string' ? [[f, p[f] as string]] : []));
}

export function evidenceRules(p: Props, isMove: boolean, at: Report): void {
  const sources = sourcesOf(p);
  const allowed = isMove ? MOVE_FIELDS : PLACE_FIELDS;
  sources.forEach((s, i) => {
    for (const field of supportsOf(s)) {
      if (!allowed.includes(field as EvidenceField)) {
        at(
          `sources.${i}.supports`,
          `"${field}" is not a fact of this record (${allowed.join(', ')})`,
        );
      }
    }
  });
  const dates = datesOf(p, isMove);
  for (const [field, text] of dates) {
    const backing = sources.filter((s) => supportsOf(s).includes(field));
    if (backing.length === 0) {
      at(
        field,
        `${text}: no source backs it (name "${field}" in the supports of the source that states it)`,
      );
    } else if (
      (field === 'last_confirmed' || field === 'first_confirmed') &&
      !backing.some((s) => s.date === text)
    ) {
      at(
        field,
        `${text} is the date of none of the sources that back it (cite the report, with that date)`,
      );
    }
  }
  if (p.confidence === 'high') {
    const dateFields = new Set(dates.map(([f]) => f));
    const origins = new Set(
      sources
        .filter((s) => supportsOf(s).some((f) => dateFields.has(f)))
        .map((s) => (typeof s.publisher === 'string' ? origin(s.publisher) : '')),
    );
    if (origins.size < 2) {
      at(
        'confidence',
        'high needs two independent publishers backing its dates (a wire story and its reposts count once)',
      );
    }
  }
}
