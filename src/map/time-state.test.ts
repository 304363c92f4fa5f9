import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { realDataset } from '../data/testing/real-dataset';
import { freshness, lookAt, SITE_LOOK, siteLook, TimeStates } from './time-state';

const d = (y: number, m: number, day: number) => dayNumber(y, m, day);

function fieldsOf(id: string) {
  const dataset = realDataset();
  for (const layer of dataset.layers) {
    const f = layer.geojson.features.find((x) => x.properties?.id === id);
    if (f) return { layer: layer.id, fields: f.properties as never };
  }
  throw new Error(`no ${id}`);
}

describe('siteLook (the map at a day, by the rule of dates.ts)', () => {
  it('draws Timbuktu active the day before its hand-over, vacated on the day', () => {
    const { fields } = fieldsOf('fr-timbuktu');
    expect(siteLook(fields, d(2013, 1, 26))).toBe(SITE_LOOK.hidden);
    expect(siteLook(fields, d(2021, 12, 13))).toBe(SITE_LOOK.active);
    expect(siteLook(fields, d(2021, 12, 14))).toBe(SITE_LOOK.ended);
  });

  it('draws Kidal uncertain through October 2021 and vacated from November', () => {
    const { fields } = fieldsOf('fr-kidal');
    expect(siteLook(fields, d(2021, 9, 30))).toBe(SITE_LOOK.active);
    expect(siteLook(fields, d(2021, 10, 1))).toBe(SITE_LOOK.uncertain);
    expect(siteLook(fields, d(2021, 10, 31))).toBe(SITE_LOOK.uncertain);
    expect(siteLook(fields, d(2021, 11, 1))).toBe(SITE_LOOK.ended);
  });

  it('draws Ménaka (opened "2018") uncertain all 2018, active from 2019', () => {
    const { fields } = fieldsOf('fr-menaka');
    expect(siteLook(fields, d(2017, 12, 31))).toBe(SITE_LOOK.hidden);
    expect(siteLook(fields, d(2018, 6, 1))).toBe(SITE_LOOK.uncertain);
    expect(siteLook(fields, d(2019, 1, 1))).toBe(SITE_LOOK.active);
  });

  it('draws a site whose start no source gives as uncertain until it ends (Ayorou)', () => {
    const { fields } = fieldsOf('fr-ayorou');
    expect(siteLook(fields, d(2015, 1, 1))).toBe(SITE_LOOK.uncertain);
    expect(siteLook(fields, d(2023, 11, 1))).toBe(SITE_LOOK.uncertain);
    expect(siteLook(fields, d(2024, 1, 1))).toBe(SITE_LOOK.ended);
  });
});

describe('freshness (events and moves)', () => {
  it('is 1 during an event, fades after it, and is 0 outside its window', () => {
    const { layer, fields } = fieldsOf('dip-diop-lavrov');
    expect(lookAt(layer, fields, d(2021, 11, 10))).toBe(0);
    expect(lookAt(layer, fields, d(2021, 11, 11))).toBe(1);
    const later = lookAt(layer, fields, d(2022, 2, 1));
    expect(later).toBeGreaterThan(0);
    expect(later).toBeLessThan(1);
    expect(lookAt(layer, fields, d(2023, 1, 1))).toBe(0);
  });

  it('moves in steps, so that most days change nothing', () => {
    const f = { s0: 0, s1: 0, e0: 0, e1: 1, w1: 101 };
    const looks = new Set(Array.from({ length: 100 }, (_, i) => freshness(f, i + 1, 100)));
    expect(looks.size).toBeLessThanOrEqual(20);
    expect([...looks].every((v) => v > 0 && v <= 1)).toBe(true);
  });
});

describe('TimeStates', () => {
  it('sends every feature once, then only the features whose look changed', () => {
    const france = realDataset().layers.find((l) => l.id === 'france');
    if (!france) throw new Error('no france layer');
    const states = new TimeStates('france', france.geojson);
    const sent = new Map<string, number>();
    const first = states.step(d(2021, 12, 13), (id, v) => sent.set(id, v));
    expect(first).toBe(france.geojson.features.length);
    expect(sent.get('fr-timbuktu')).toBe(SITE_LOOK.active);
    sent.clear();
    const next = states.step(d(2021, 12, 14), (id, v) => sent.set(id, v));
    expect([...sent]).toEqual([['fr-timbuktu', SITE_LOOK.ended]]);
    expect(next).toBe(1);
    expect(states.step(d(2021, 12, 14), () => {})).toBe(0);
  });
});
