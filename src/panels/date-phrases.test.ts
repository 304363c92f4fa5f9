/** Every status and period text of every record, in both languages and on several days, checked
 * against a French editor's rules and their English counterparts. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { realDataset, TEST_TODAY } from '../data/testing/real-dataset';
import type { Lang } from '../i18n/lang';
import { briefPeriod, recordPeriod } from './record-period';
import { statusText } from './status-text';

const MONTH = '(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)';
/** What an editor strikes out, with the reason shown when the test fails. */
const RULES: Record<Lang, [RegExp, string][]> = {
  fr: [
    [/\ble (?!\d)/, '« le » before a month, a year or a span'],
    [/\bde \d{1,2}[\s\u00a0]/, '« de 27 » instead of « du 27 »'],
    [/\bà \d{1,2}[\s\u00a0]/, '« à 14 » instead of « au 14 »'],
    [/jusqu[’']à \d/, '« jusqu’à 11 » instead of « jusqu’au 11 »'],
    [/\bde [aeiouyéèh]/i, 'no elision (« de octobre »)'],
    [new RegExp(`(^|\\D)1[\\s\\u00a0]${MONTH}`), '« 1 » instead of « 1er »'],
    [/'/, 'straight apostrophe'],
    [/ [:;?!»]|« /, 'plain space where French wants a non-breaking one'],
    [/\b(between|and|since|until|last|on)\b/, 'English word'],
    [/\b(quitté|signalé|confirmé|présent)e?s?\b|\bactive\b/, 'agreement with an unknown gender'],
    [/entre (\p{L}+\.?) (\d{4}) et (le )?[^,]*?\p{L}+\.? \2\b/u, 'year said twice in a span'],
  ],
  en: [
    [/\bon (?!\d)/, '"on" before a month, a year or a span'],
    [/\b(since|until|to|in) between\b/, 'a preposition before "between"'],
    [/between (\p{L}+\.?) (\d{4}) and [^,]*?\p{L}+\.? \2\b/u, 'year said twice in a span'],
    [/[’«»\u00a0\u202f]/, 'French typography in English'],
  ],
};

function broken(text: string, lang: Lang): string[] {
  return RULES[lang].filter(([re]) => re.test(text)).map(([, why]) => why);
}

const dataset = realDataset();
const DAYS = [
  TEST_TODAY,
  dayNumber(2012, 1, 1),
  dayNumber(2013, 1, 27),
  dayNumber(2021, 10, 15),
  dayNumber(2021, 11, 1),
  dayNumber(2022, 9, 1),
  dayNumber(2023, 11, 15),
  dayNumber(2025, 6, 1),
];

describe('status and period texts follow the editors’ rules', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`in ${lang}, for every record on every test day`, () => {
      const problems: string[] = [];
      for (const r of dataset.byId.values()) {
        const texts = [
          recordPeriod(r, lang),
          briefPeriod(r, lang),
          ...DAYS.map((d) => statusText(r, d, lang)),
        ];
        for (const text of new Set(texts)) {
          for (const why of broken(text, lang)) problems.push(`${r.id}: "${text}" — ${why}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the rules catch the errors they are meant to catch', () => {
    for (const bad of [
      'quittée le oct. 2021',
      'quittée le entre oct. 2023 et déc. 2023',
      'de 27 janvier 2013 à 14 décembre 2021',
      'jusqu’à 11 janvier 2025',
      'depuis 1 novembre 2021',
      'Tombouctou : camp',
      "jusqu'au 11 janvier 2025",
    ]) {
      expect(broken(bad, 'fr'), bad).not.toEqual([]);
    }
    for (const good of [
      'en octobre 2021',
      'entre octobre et décembre 2023',
      'du 27 janvier 2013 au 14 décembre 2021',
      'jusqu’au 11 janvier 2025',
      'de 2018 au 13 juin 2022',
    ]) {
      expect(broken(good, 'fr'), good).toEqual([]);
    }
    expect(broken('vacated on October 2021', 'en')).not.toEqual([]);
    expect(broken('between October 2023 and December 2023', 'en')).not.toEqual([]);
  });
});
