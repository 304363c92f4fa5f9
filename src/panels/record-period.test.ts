import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/testing/real-dataset';
import { lastReported, recordPeriod } from './record-period';

const dataset = realDataset();
const record = (id: string) => {
  const r = dataset.byId.get(id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};

describe('recordPeriod', () => {
  it('gives both days of a site known to the day', () => {
    expect(recordPeriod(record('fr-gao'), 'en')).toBe('26 January 2013 to 15 August 2022');
  });

  it('says when the exact day is unknown', () => {
    expect(recordPeriod(record('fr-kidal'), 'en')).toMatch(/to October 2021 — exact day unknown$/);
  });

  it('says when an open site was last reported, in both languages', () => {
    const r = record('ru-car-bangui');
    const confirmed = 'last_confirmed' in r.props ? r.props.last_confirmed : undefined;
    expect(confirmed).toBeDefined();
    expect(recordPeriod(r, 'en')).toMatch(/^since .+ — last reported \d{1,2} \w+ \d{4}$/);
    expect(recordPeriod(r, 'fr')).toMatch(/dernier signalement le \d{1,2}(er)?\u00a0\S+ \d{4}$/);
  });

  it('never says "last reported" of a record that has an end', () => {
    for (const r of dataset.byId.values()) {
      if (r.type === 'move' || !r.props.end_date) continue;
      expect(recordPeriod(r, 'en'), r.id).not.toContain('last reported');
    }
  });
});

describe('lastReported', () => {
  it('uses "in" for a month or a year, as the language wants', () => {
    expect(lastReported('en', '2025-06-06')).toBe('last reported 6 June 2025');
    expect(lastReported('en', '2025-06')).toBe('last reported in June 2025');
    expect(lastReported('fr', '2025-06')).toBe('dernier signalement en juin 2025');
  });
});
