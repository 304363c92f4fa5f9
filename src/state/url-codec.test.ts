import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { ALL_KINDS, LAYER_IDS, REGION } from '../data/schema';
import { LANGS } from '../i18n/lang';
import { parse, serialize } from './url-codec';
import { type ViewState, ZOOM_RANGE } from './view-state';

const view = (patch: Partial<ViewState> = {}): ViewState => ({
  date: dayNumber(2021, 11, 11),
  camera: { zoom: 5.2, lat: 16.1, lon: -0.5 },
  layers: LAYER_IDS,
  hidden: [],
  selected: null,
  lang: 'en',
  compare: null,
  embed: false,
  ...patch,
});

/** Integers scaled to the link's rounding, so that every generated state is one a link can hold. */
const scaled = (min: number, max: number, decimals: number) =>
  fc
    .integer({ min: Math.ceil(min * 10 ** decimals), max: Math.floor(max * 10 ** decimals) })
    .map((n) => n / 10 ** decimals);

const validState: fc.Arbitrary<ViewState> = fc.record({
  date: fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) }),
  camera: fc.record({
    zoom: scaled(ZOOM_RANGE.min, ZOOM_RANGE.max, 2),
    lat: scaled(REGION.south, REGION.north, 3),
    lon: scaled(REGION.west, REGION.east, 3),
  }),
  layers: fc.subarray([...LAYER_IDS]),
  hidden: fc.subarray([...ALL_KINDS]),
  selected: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/), {
    nil: null,
  }),
  lang: fc.constantFrom(...LANGS),
  compare: fc.option(fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) }), {
    nil: null,
  }),
  embed: fc.boolean(),
});

/** What a link that says nothing of a field means. */
const DEFAULTS = { layers: LAYER_IDS, hidden: [], selected: null, compare: null, embed: false };

describe('serialize', () => {
  it('writes the documented, readable format', () => {
    expect(
      serialize(view({ selected: 'fr-gao', lang: 'fr', layers: ['france', 'russia', 'events'] })),
    ).toBe(
      '?date=2021-11-11&map=5.20/16.100/-0.500&layers=france,russia,events&site=fr-gao&lang=fr',
    );
  });

  it('leaves out the default layers and an empty selection', () => {
    expect(serialize(view())).toBe('?date=2021-11-11&map=5.20/16.100/-0.500&lang=en');
  });

  it('writes an empty layer list as "layers=" (no layer shown)', () => {
    expect(serialize(view({ layers: [] }))).toContain('&layers=&');
  });

  it('keeps the parameters it does not own, untouched, after its own', () => {
    const kept = serialize(view(), '?utm_source=news%20letter&date=2020&x=a,b&site=fr-kidal');
    expect(kept).toBe(
      '?date=2021-11-11&map=5.20/16.100/-0.500&lang=en&utm_source=news%20letter&x=a,b',
    );
  });

  it('rounds the camera so that links stay short', () => {
    const s = serialize(view({ camera: { zoom: 5.123456, lat: 16.123456, lon: -0.987654 } }));
    expect(s).toContain('map=5.12/16.123/-0.988');
  });
});

describe('parse', () => {
  it('reads every parameter of a full link', () => {
    const { state, problems } = parse(
      '?date=2021-11-11&map=5.20/16.100/-0.500&layers=france,russia,events&site=fr-gao&lang=fr',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      date: dayNumber(2021, 11, 11),
      camera: { zoom: 5.2, lat: 16.1, lon: -0.5 },
      layers: ['france', 'russia', 'events'],
      selected: 'fr-gao',
      lang: 'fr',
    });
  });

  it('says nothing about what the link does not have', () => {
    expect(parse('')).toEqual({ state: {}, problems: [] });
    expect(parse('?utm_source=x')).toEqual({ state: {}, problems: [] });
  });

  it('reads a month or a year as its first day', () => {
    expect(parse('date=2021-10').state.date).toBe(dayNumber(2021, 10, 1));
    expect(parse('date=2018').state.date).toBe(dayNumber(2018, 1, 1));
  });

  it('tells "absent" (every layer) from "empty" (none)', () => {
    expect(parse('date=2021').state.layers).toBeUndefined();
    expect(parse('layers=').state.layers).toEqual([]);
    expect(parse('layers').state.layers).toEqual([]);
  });

  it('puts layers in canonical order without duplicates', () => {
    expect(parse('layers=moves,france,moves').state.layers).toEqual(['france', 'moves']);
  });

  it.each([
    ['date=2021-13-45', { param: 'date', value: '2021-13-45', kind: 'invalid' }],
    ['date=2021-02-29', { param: 'date', value: '2021-02-29', kind: 'invalid' }],
    ['date=yesterday', { param: 'date', value: 'yesterday', kind: 'invalid' }],
    ['date=2021-10/2021-12', { param: 'date', value: '2021-10/2021-12', kind: 'invalid' }],
    ['map=abc', { param: 'map', value: 'abc', kind: 'invalid' }],
    ['map=5/16', { param: 'map', value: '5/16', kind: 'invalid' }],
    ['map=5/16/0x1', { param: 'map', value: '5/16/0x1', kind: 'invalid' }],
    ['map=Infinity/1/1', { param: 'map', value: 'Infinity/1/1', kind: 'invalid' }],
    ['site=<script>', { param: 'site', value: '<script>', kind: 'invalid' }],
    ['layers=france,nope', { param: 'layers', value: 'nope', kind: 'unknown-layer' }],
    ['lang=xx', { param: 'lang', value: 'xx', kind: 'unsupported' }],
    ['lang=fr&lang=en', { param: 'lang', value: 'en', kind: 'duplicate' }],
  ])('reports %s and applies the rest', (query, problem) => {
    const { state, problems } = parse(`${query}&site=fr-gao`);
    expect(problems).toContainEqual(problem);
    if (!query.startsWith('site')) expect(state.selected).toBe('fr-gao');
  });

  it('reads hidden kinds in canonical order, and reports unknown ones', () => {
    const { state, problems } = parse('hide=coup,diplomatic,nope');
    expect(state.hidden).toEqual(['diplomatic', 'coup']);
    expect(problems).toEqual([{ param: 'hide', value: 'nope', kind: 'unknown-kind' }]);
  });

  it('writes hidden kinds after the layers, and nothing when none is hidden', () => {
    expect(serialize(view({ hidden: ['coup', 'diplomatic'] }))).toBe(
      '?date=2021-11-11&map=5.20/16.100/-0.500&hide=diplomatic,coup&lang=en',
    );
  });

  it('keeps the valid layers of a list with an unknown one', () => {
    expect(parse('layers=france,nope').state.layers).toEqual(['france']);
  });

  it('uses the first value of a repeated parameter', () => {
    expect(parse('lang=fr&lang=en').state.lang).toBe('fr');
  });

  it('brings a camera outside the map back inside it, and says so', () => {
    const { state, problems } = parse('map=30/95/-200');
    expect(state.camera).toEqual({ zoom: ZOOM_RANGE.max, lat: REGION.north, lon: REGION.west });
    expect(problems).toEqual([{ param: 'map', value: '30/95/-200', kind: 'clamped' }]);
  });

  it('reads values with spaces around them and encoded separators', () => {
    expect(parse('map=5.2%2F16.1%2F-0.5&date=%202021-11-11%20').state).toEqual({
      camera: { zoom: 5.2, lat: 16.1, lon: -0.5 },
      date: dayNumber(2021, 11, 11),
    });
  });
});

describe('compare and embed', () => {
  it('writes the compared day and the compact view before the language', () => {
    expect(serialize(view({ compare: dayNumber(2021, 6, 1), embed: true }))).toBe(
      '?date=2021-11-11&map=5.20/16.100/-0.500&compare=2021-06-01&embed=1&lang=en',
    );
  });

  it('reads them, a month or a year as its first day', () => {
    expect(parse('compare=2021-06-01&embed=1').state).toEqual({
      compare: dayNumber(2021, 6, 1),
      embed: true,
    });
    expect(parse('compare=2021-06').state.compare).toBe(dayNumber(2021, 6, 1));
    expect(parse('embed=0').state.embed).toBe(false);
  });

  it.each([
    ['compare=2021-13-01', { param: 'compare', value: '2021-13-01', kind: 'invalid' }],
    ['compare=last-year', { param: 'compare', value: 'last-year', kind: 'invalid' }],
    ['embed=yes', { param: 'embed', value: 'yes', kind: 'invalid' }],
    ['compare=2021&compare=2022', { param: 'compare', value: '2022', kind: 'duplicate' }],
  ])('reports %s and applies the rest', (query, problem) => {
    const { state, problems } = parse(`${query}&site=fr-gao`);
    expect(problems).toContainEqual(problem);
    expect(state.selected).toBe('fr-gao');
  });
});

describe('the record version (v=)', () => {
  it('is written last when given, and kept apart from the view', () => {
    expect(serialize(view(), '', '2026-12-04')).toBe(
      '?date=2021-11-11&map=5.20/16.100/-0.500&lang=en&v=2026-12-04',
    );
    const { state, version, problems } = parse('date=2021-11-11&v=2026-12-04.2');
    expect(version).toBe('2026-12-04.2');
    expect(problems).toEqual([]);
    expect(state).toEqual({ date: dayNumber(2021, 11, 11) });
  });

  it('replaces the version a kept query had, and drops it when none is given', () => {
    const again = serialize(view(), '?v=2026-12-01&utm_source=x', '2026-12-04');
    expect(again).toMatch(/&v=2026-12-04&utm_source=x$/);
    expect(serialize(view(), '?v=2026-12-01')).not.toContain('v=');
  });

  it.each(['v=latest', 'v=2026-12', 'v=2026-12-04.x'])('reports %s as invalid', (query) => {
    const { version, problems } = parse(query);
    expect(version).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ param: 'v', kind: 'invalid' })]);
  });
});

describe('properties', () => {
  it('parse(serialize(s)) gives back every valid state, with no problem', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, problems } = parse(serialize(s));
        expect(problems).toEqual([]);
        expect({ ...DEFAULTS, ...state }).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps foreign parameters through any number of round trips', () => {
    fc.assert(
      fc.property(validState, validState, (a, b) => {
        const once = serialize(a, '?utm_source=x&ref=y%26z');
        const twice = serialize(b, once);
        expect(twice.endsWith('&utm_source=x&ref=y%26z')).toBe(true);
      }),
    );
  });

  // Only a thrown error can fail this one (the assertions are the types parse promises); the
  // limit is generous because 2,000 runs take seconds on a busy two-core machine.
  it('never throws, whatever the string', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { state, problems } = parse(s);
        expect(typeof state).toBe('object');
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns any link made of the format’s own characters into a valid state', () => {
    const piece = fc
      .tuple(
        fc.constantFrom(
          'date',
          'map',
          'layers',
          'hide',
          'site',
          'lang',
          'compare',
          'embed',
          'x',
          '%',
          '',
        ),
        fc.stringMatching(/^[-0-9a-z/.,%=+ ]{0,20}$/),
      )
      .map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        // Whatever a link gives is a valid state: it writes and reads back to itself.
        const full: ViewState = { ...view(), ...parse(pieces.join('&')).state };
        const again = parse(serialize(full));
        expect(again.problems).toEqual([]);
        expect({ ...DEFAULTS, ...again.state }).toEqual(full);
      }),
      { numRuns: 1000 },
    );
  });
});
