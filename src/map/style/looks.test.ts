import { describe, expect, it } from 'vitest';
import { dayNumber, freshness, spanOf } from '../../data/dates';
import { realDataset } from '../../data/testing/real-dataset';
import { FeatureLooks, lookAt, SITE_LOOK } from './looks';

const d = (y: number, m: number, day: number) => dayNumber(y, m, day);
const dataset = realDataset();

function spanOfRecord(id: string) {
  const r = dataset.byId.get(id);
  if (!r) throw new Error(`no ${id}`);
  return r.span;
}

describe('lookAt for sites (the map at a day, by the rule of dates.ts)', () => {
  it('draws Timbuktu active the day before its hand-over, vacated on the day', () => {
    const fields = spanOfRecord('fr-timbuktu');
    expect(lookAt(fields, d(2013, 1, 26))).toBe(SITE_LOOK.hidden);
    expect(lookAt(fields, d(2021, 12, 13))).toBe(SITE_LOOK.active);
    expect(lookAt(fields, d(2021, 12, 14))).toBe(SITE_LOOK.ended);
  });

  it('draws Kidal uncertain through October 2021 and vacated from November', () => {
    const fields = spanOfRecord('fr-kidal');
    expect(lookAt(fields, d(2021, 9, 30))).toBe(SITE_LOOK.active);
    expect(lookAt(fields, d(2021, 10, 1))).toBe(SITE_LOOK.uncertain);
    expect(lookAt(fields, d(2021, 10, 31))).toBe(SITE_LOOK.uncertain);
    expect(lookAt(fields, d(2021, 11, 1))).toBe(SITE_LOOK.ended);
  });

  it('draws Ménaka (opened "2018") uncertain all 2018, active from 2019', () => {
    const fields = spanOfRecord('fr-menaka');
    expect(lookAt(fields, d(2017, 12, 31))).toBe(SITE_LOOK.hidden);
    expect(lookAt(fields, d(2018, 6, 1))).toBe(SITE_LOOK.uncertain);
    expect(lookAt(fields, d(2019, 1, 1))).toBe(SITE_LOOK.active);
  });

  it('draws a site whose start no source gives as uncertain until it ends (Ayorou)', () => {
    const fields = spanOfRecord('fr-ayorou');
    expect(lookAt(fields, d(2015, 1, 1))).toBe(SITE_LOOK.uncertain);
    expect(lookAt(fields, d(2023, 11, 1))).toBe(SITE_LOOK.uncertain);
    expect(lookAt(fields, d(2024, 1, 1))).toBe(SITE_LOOK.ended);
  });
});

describe('freshness (events and moves)', () => {
  it('is 1 during an event, fades after it, and is 0 outside its window', () => {
    const fields = spanOfRecord('dip-diop-lavrov');
    expect(lookAt(fields, d(2021, 11, 10))).toBe(0);
    expect(lookAt(fields, d(2021, 11, 11))).toBe(1);
    const later = lookAt(fields, d(2022, 2, 1));
    expect(later).toBeGreaterThan(0);
    expect(later).toBeLessThan(1);
    expect(lookAt(fields, d(2023, 1, 1))).toBe(0);
  });

  it('moves in steps, so that most days change nothing', () => {
    const day0 = { first: 0, afterLast: 1, precision: 'day' } as const;
    const f = spanOf('move', day0, day0);
    const window = f.w1 - f.e1;
    const looks = new Set(Array.from({ length: window - 1 }, (_, i) => freshness(f, i + 1)));
    expect(looks.size).toBeLessThanOrEqual(20);
    expect([...looks].every((v) => v > 0 && v <= 1)).toBe(true);
  });
});

describe('FeatureLooks', () => {
  it('sends every feature once, then only the features whose look changed', () => {
    const france = realDataset().layers.find((l) => l.id === 'france');
    if (!france) throw new Error('no france layer');
    const states = new FeatureLooks(france.records);
    const sent = new Map<string, number>();
    const first = states.step(d(2021, 12, 13), (id, v) => sent.set(id, v));
    expect(first).toBe(france.records.length);
    expect(sent.get('fr-timbuktu')).toBe(SITE_LOOK.active);
    sent.clear();
    const next = states.step(d(2021, 12, 14), (id, v) => sent.set(id, v));
    expect([...sent]).toEqual([['fr-timbuktu', SITE_LOOK.ended]]);
    expect(next).toBe(1);
    expect(states.step(d(2021, 12, 14), () => {})).toBe(0);
  });
});
