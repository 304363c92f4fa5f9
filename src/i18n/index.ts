/**
 * Translation and formatting, pure (no store): components call `useT()` (`state/use-lang.ts`)
 * and never hold a literal string.
 * Dates are formatted with Intl in UTC at their true precision ("octobre 2021", "2018").
 */

import { en, type Message, type MessageKey } from './en';
import { fr } from './fr';
import type { Lang } from './lang';

export const DICTIONARIES: Record<Lang, Record<MessageKey, Message>> = { en, fr };

export type Vars = Readonly<Record<string, string | number>>;

const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

function pluralRules(lang: Lang): Intl.PluralRules {
  plurals[lang] ??= new Intl.PluralRules(lang);
  return plurals[lang];
}

export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const message = DICTIONARIES[lang][key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(vars.count ?? 0);
    text = pluralRules(lang).select(count) === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

export type T = (key: MessageKey, vars?: Vars) => string;

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
export function formatNumber(lang: Lang, n: number): string {
  numberFormats[lang] ??= new Intl.NumberFormat(lang);
  return numberFormats[lang].format(n);
}
