import { describe, expect, it } from 'vitest';
import {
  type DayInterval,
  dayNumber,
  freshness,
  isoDay,
  NO_END,
  NO_START,
  parseDate,
  pastLastReport,
  REPORT_WINDOW_MONTHS,
  spanOf,
  statusAt,
  visibleAt,
} from './dates';

const d = (s: string) => {
  const [y, m, day] = s.split('-').map(Number);
  return dayNumber(y ?? 0, m ?? 1, day ?? 1);
};
const interval = (s: string): DayInterval => {
  const r = parseDate(s);
  if (typeof r === 'string') throw new Error(r);
  return r;
};
const span = (start: string | null, end?: string, confirmed?: string) =>
  spanOf(
    'site',
    start === null ? null : interval(start),
    end === undefined ? undefined : interval(end),
    { last: confirmed === undefined ? undefined : interval(confirmed) },
  );

describe('parseDate', () => {
  it('turns each precision into a half-open interval of days', () => {
    expect(interval('2018')).toEqual({
      first: d('2018-01-01'),
      afterLast: d('2019-01-01'),
      precision: 'year',
    });
    expect(interval('2021-10')).toEqual({
      first: d('2021-10-01'),
      afterLast: d('2021-11-01'),
      precision: 'month',
    });
    expect(interval('2021-12-14')).toEqual({
      first: d('2021-12-14'),
      afterLast: d('2021-12-15'),
      precision: 'day',
    });
    expect(interval('2024-02')).toMatchObject({ afterLast: d('2024-03-01') });
  });

  it('reads an uncertain span A/B as one window at least a month coarse', () => {
    expect(interval('2023-10/2023-12')).toEqual({
      first: d('2023-10-01'),
      afterLast: d('2024-01-01'),
      precision: 'month',
    });
    expect(interval('2021-10-12/2021-11-13').precision).toBe('month');
  });

  it('rejects malformed and impossible dates with a reason', () => {
    for (const bad of [
      '2021-13',
      '2021-02-29',
      '2021-04-31',
      '21-01-01',
      '2021-1-5',
      '',
      'abc',
      '2021/2020',
      '1800',
    ]) {
      expect(typeof parseDate(bad), bad).toBe('string');
    }
    expect(parseDate('2021-02-29')).toContain('does not exist');
    expect(parseDate('2024-02-29')).not.toBeTypeOf('string');
  });

  it('never compares strings: 2021 covers 2021-06-01', () => {
    const year = interval('2021');
    expect(year.first <= d('2021-06-01') && d('2021-06-01') < year.afterLast).toBe(true);
  });
});

describe('statusAt, on the real records', () => {
  it('Ménaka opened in "2018": arriving all 2018, active from 2019', () => {
    const menaka = span('2018', '2022-06-13');
    expect(statusAt(menaka, d('2017-12-31'))).toBe('future');
    expect(statusAt(menaka, d('2018-01-01'))).toBe('starting');
    expect(statusAt(menaka, d('2018-12-31'))).toBe('starting');
    expect(statusAt(menaka, d('2019-01-01'))).toBe('active');
  });

  it('Timbuktu handed over 2021-12-14: active the day before, vacated that day', () => {
    const timbuktu = span('2013-01-27', '2021-12-14');
    expect(statusAt(timbuktu, d('2013-01-26'))).toBe('future');
    expect(statusAt(timbuktu, d('2013-01-27'))).toBe('active');
    expect(statusAt(timbuktu, d('2021-12-13'))).toBe('active');
    expect(statusAt(timbuktu, d('2021-12-14'))).toBe('ended');
  });

  it('Kidal left in "2021-10": leaving all October 2021, vacated from 1 November', () => {
    const kidal = span('2013-01-29', '2021-10');
    expect(statusAt(kidal, d('2021-09-30'))).toBe('active');
    expect(statusAt(kidal, d('2021-10-01'))).toBe('ending');
    expect(statusAt(kidal, d('2021-10-31'))).toBe('ending');
    expect(statusAt(kidal, d('2021-11-01'))).toBe('ended');
  });

  it('an unknown start is "since when unknown" until its end, never plainly active', () => {
    const faya = span(null, '2024-12-26');
    expect(faya.s0).toBe(NO_START);
    expect(statusAt(faya, d('2000-01-01'))).toBe('since-unknown');
    expect(statusAt(faya, d('2024-12-25'))).toBe('since-unknown');
    expect(statusAt(faya, d('2024-12-26'))).toBe('ended');
    const berengo = span('2018-01-22');
    expect(berengo.e1).toBe(NO_END);
    expect(statusAt(berengo, d('2030-01-01'))).toBe('active');
  });

  it('Ayorou "2023-10/2023-12": leaving from October, vacated in 2024', () => {
    const ayorou = span(null, '2023-10/2023-12');
    expect(statusAt(ayorou, d('2023-09-30'))).toBe('since-unknown');
    expect(statusAt(ayorou, d('2023-11-15'))).toBe('ending');
    expect(statusAt(ayorou, d('2024-01-01'))).toBe('ended');
  });
});

describe('last_confirmed', () => {
  it('an open site stays present for twelve months after its last report, then is unconfirmed', () => {
    const niamey = span('2024-04-10', undefined, '2025-06-06');
    expect(REPORT_WINDOW_MONTHS).toBe(12);
    expect(statusAt(niamey, d('2025-06-06'))).toBe('active');
    expect(pastLastReport(niamey, d('2025-06-06'))).toBe(false);
    expect(statusAt(niamey, d('2025-06-07'))).toBe('active');
    expect(pastLastReport(niamey, d('2025-06-07'))).toBe(true);
    expect(statusAt(niamey, d('2026-06-06'))).toBe('active');
    expect(statusAt(niamey, d('2026-06-07'))).toBe('unconfirmed');
    expect(statusAt(niamey, d('2026-12-01'))).toBe('unconfirmed');
  });

  it('a report known to the month covers the month, and the window runs from after it', () => {
    const s = span('2022-01-06', undefined, '2025-03');
    expect(pastLastReport(s, d('2025-03-31'))).toBe(false);
    expect(pastLastReport(s, d('2025-04-01'))).toBe(true);
    expect(statusAt(s, d('2026-03-31'))).toBe('active');
    expect(statusAt(s, d('2026-04-01'))).toBe('unconfirmed');
  });

  it('a site of unknown start is "since when unknown" until its first report, then there', () => {
    const abeche = spanOf('site', null, interval('2025-01-11'), { first: interval('2004-10-21') });
    expect(statusAt(abeche, d('2000-01-01'))).toBe('since-unknown');
    expect(statusAt(abeche, d('2004-10-20'))).toBe('since-unknown');
    expect(statusAt(abeche, d('2004-10-21'))).toBe('active');
    expect(statusAt(abeche, d('2024-06-01'))).toBe('active');
    expect(statusAt(abeche, d('2025-01-11'))).toBe('ended');
    const unknown = spanOf('site', null, undefined, { last: interval('2020-05') });
    expect(statusAt(unknown, d('2021-05-31'))).toBe('since-unknown');
    expect(statusAt(unknown, d('2021-06-01'))).toBe('unconfirmed');
  });

  it('a record with an end is never unconfirmed', () => {
    const s = span('2013-01-27', '2021-12-14', '2021-06');
    expect(statusAt(s, d('2021-12-13'))).toBe('active');
  });
});

describe('the windows of events and moves', () => {
  it('an event is drawn from its day until its fading window closes', () => {
    const day = interval('2021-11-11');
    const e = spanOf('event', day, day);
    expect(visibleAt(e, d('2021-11-10'))).toBe(false);
    expect(freshness(e, d('2021-11-11'))).toBe(1);
    expect(visibleAt(e, e.w1 - 1)).toBe(true);
    expect(freshness(e, e.w1 - 1)).toBeGreaterThan(0);
    expect(visibleAt(e, e.w1)).toBe(false);
    expect(freshness(e, e.w1)).toBe(0);
  });

  it('a vacated site stays on the map', () => {
    const s = span('2013-01-27', '2021-12-14');
    expect(visibleAt(s, d('2030-01-01'))).toBe(true);
  });
});

describe('isoDay', () => {
  it('round-trips day numbers', () => {
    expect(isoDay(d('2021-11-11'))).toBe('2021-11-11');
    expect(isoDay(0)).toBe('1970-01-01');
  });
});
