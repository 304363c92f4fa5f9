import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { dayNumber } from './dates';
import { realDataset } from './testing/real-dataset';

const dataset = realDataset();
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

describe('compare two days', () => {
  const c = compare(dataset, dayNumber(2021, 6, 1), dayNumber(2022, 9, 1));
  const france = c.actors.find((a) => a.actor === 'france');
  const russia = c.actors.find((a) => a.actor === 'russia');

  it('lists the French sites left in Mali between June 2021 and September 2022', () => {
    expect(ids(france?.left ?? [])).toEqual(
      [
        'fr-ansongo',
        'fr-gao',
        'fr-gossi',
        'fr-kidal',
        'fr-menaka',
        'fr-takuba',
        'fr-tessalit',
        'fr-timbuktu',
      ].sort(),
    );
    expect(ids(france?.opened ?? [])).toEqual(['fr-ouallam']);
  });

  it('says which ones were handed over, and where Russia arrived', () => {
    expect([...(france?.handedOver ?? [])].sort()).toEqual(['fr-gao', 'fr-menaka', 'fr-timbuktu']);
    expect(ids(russia?.opened ?? [])).toEqual([
      'ru-mali-bamako',
      'ru-mali-gao',
      'ru-mali-menaka',
      'ru-mali-timbuktu',
    ]);
  });

  it('lists the events of the period in date order, not those before or after', () => {
    const events = france?.events.map((r) => r.id) ?? [];
    expect(events).toContain('ev-macron-2021');
    expect(events).toContain('ev-withdraw-2022');
    expect(events).not.toContain('ev-barkhane-end');
    expect(events.indexOf('ev-macron-2021')).toBeLessThan(events.indexOf('ev-withdraw-2022'));
  });

  it('is the same whichever day comes first, and marks every change on the map', () => {
    const reversed = compare(dataset, dayNumber(2022, 9, 1), dayNumber(2021, 6, 1));
    expect(reversed.ids).toEqual(c.ids);
    expect(c.ids).toEqual(expect.arrayContaining(['fr-timbuktu', 'ru-mali-gao', 'ho-gao']));
  });

  it('takes the compared day as "before": a change on that day is not in the period', () => {
    const day = dayNumber(2021, 12, 14); // Timbuktu vacated
    expect(compare(dataset, day, day + 30).ids).not.toContain('fr-timbuktu');
    expect(compare(dataset, day - 1, day).ids).toContain('fr-timbuktu');
  });

  it('follows the layers and kinds shown', () => {
    const sitesOnly = compare(dataset, dayNumber(2021, 6, 1), dayNumber(2022, 9, 1), {
      layers: ['france'],
    });
    expect(sitesOnly.actors.map((a) => a.actor)).toEqual(['france']);
    expect(sitesOnly.actors[0]?.events).toEqual([]);
  });
});
