/**
 * The one-line caption of a day on which something changes ("14 December 2021 — France leaves
 * Timbuktu"), built from the records whose status changes that day (`statusAt` the day before
 * and the day itself): sites arriving or leaving, moves and hand-overs, events. Pure.
 */

import type { Dataset } from '../data/dataset';
import { statusAt } from '../data/dates';
import { type AnyRecord, shortName } from '../data/model';
import { actorName } from '../i18n/actor-text';
import { formatDay } from '../i18n/format-date';
import { translate } from '../i18n/index';
import type { Lang } from '../i18n/lang';
import { recordName } from '../i18n/record-text';

/** At most this many changes are named; the rest are counted. */
const MAX_NAMED = 3;

function siteName(r: AnyRecord | undefined, lang: Lang, byId: Dataset['byId']): string {
  return r ? shortName(recordName(r, lang, byId)) : '?';
}

/** What changed on a day, one phrase per change, in the reader's language. */
export function changesOn(dataset: Dataset, day: number, lang: Lang): string[] {
  const phrases: string[] = [];
  const covered = new Set<string>(); // sites whose change a move already tells
  const actor = (r: AnyRecord | undefined) => (r ? actorName(lang, r.actor) : '?');
  for (const layer of dataset.layers) {
    for (const r of layer.records) {
      if (r.type !== 'move') continue;
      if (statusAt(r.span, day - 1) !== 'future' || statusAt(r.span, day) === 'future') continue;
      const from = dataset.byId.get(r.props.from);
      const to = dataset.byId.get(r.props.to);
      covered.add(r.props.from);
      covered.add(r.props.to);
      phrases.push(
        r.kind === 'handover'
          ? translate(lang, 'change.handover', {
              from: siteName(from, lang, dataset.byId),
              fromActor: actor(from),
              toActor: actor(to),
            })
          : translate(lang, 'change.moved', {
              actor: actor(from),
              from: siteName(from, lang, dataset.byId),
              to: siteName(to, lang, dataset.byId),
            }),
      );
    }
  }
  for (const layer of dataset.layers) {
    for (const r of layer.records) {
      if (r.type === 'move') continue;
      const before = statusAt(r.span, day - 1);
      const now = statusAt(r.span, day);
      if (before === now) continue;
      const vars = { actor: actor(r), name: siteName(r, lang, dataset.byId) };
      if (r.type === 'event') {
        if (before === 'future') phrases.push(recordName(r, lang, dataset.byId));
        continue;
      }
      if (covered.has(r.id)) continue;
      if (before === 'future') {
        phrases.push(
          translate(lang, now === 'starting' ? 'change.arriving' : 'change.arrived', vars),
        );
      } else if (now === 'active' && before === 'starting') {
        phrases.push(translate(lang, 'change.settled', vars));
      } else if (now === 'ending') {
        phrases.push(translate(lang, 'change.leaving', vars));
      } else if (now === 'ended') {
        phrases.push(translate(lang, before === 'ending' ? 'change.hasLeft' : 'change.left', vars));
      }
    }
  }
  return phrases;
}

/** "14 December 2021 — France leaves Timbuktu; …", or the date alone on a quiet day. */
export function changeCaption(dataset: Dataset, day: number, lang: Lang): string {
  const phrases = changesOn(dataset, day, lang);
  const date = formatDay(lang, day);
  if (phrases.length === 0) return date;
  const named = phrases.slice(0, MAX_NAMED);
  const rest = phrases.length - named.length;
  const text = named.join(translate(lang, 'change.separator'));
  const more = rest > 0 ? ` ${translate(lang, 'change.more', { count: rest })}` : '';
  return `${date} — ${text}${more}`;
}
