/**
 * A record's texts in the reader's language. Where a text exists in the other language only,
 * that text is shown with a marker saying so, never an empty field.
 */
import type { AnyRecord } from '../data/model';
import { type Lang, otherLang } from './lang';

export interface LocalText {
  readonly text: string;
  /** Set when the text is in another language than the one asked for. */
  readonly lang: Lang | null;
}

type Field = 'name' | 'description' | 'date_note' | 'confidence_note' | 'location_note';

export function localText(r: AnyRecord, field: Field, lang: Lang): LocalText | null {
  const props = r.props as unknown as Record<string, unknown>;
  const other = otherLang(lang);
  const own = props[`${field}:${lang}`];
  if (typeof own === 'string' && own.trim() !== '') return { text: own, lang: null };
  const fallback = props[`${field}:${other}`];
  if (typeof fallback === 'string' && fallback.trim() !== '')
    return { text: fallback, lang: other };
  return null;
}

/** A record's display name: its own, or for a move "From → To" from the linked records. */
export function recordName(r: AnyRecord, lang: Lang, byId: ReadonlyMap<string, AnyRecord>): string {
  if (r.type === 'move') {
    const from = byId.get(r.props.from);
    const to = byId.get(r.props.to);
    const name = (x: AnyRecord | undefined, id: string) =>
      x && x.type !== 'move' ? (localText(x, 'name', lang)?.text ?? id) : id;
    return `${name(from, r.props.from)} → ${name(to, r.props.to)}`;
  }
  return localText(r, 'name', lang)?.text ?? r.id;
}

/** Lower-case, accents removed: "Ménaka" and "menaka" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");
}
