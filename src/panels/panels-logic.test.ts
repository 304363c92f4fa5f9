import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { LAYER_IDS } from '../data/schema';
import { realDataset } from '../data/testing/real-dataset';
import { recordName } from '../i18n/record-text';
import { reconcile } from '../state/reconcile';
import { DEFAULT_CAMERA } from '../state/view-state';
import { currentIndex, timelineEntries } from '../timeline/timeline-entries';
import { groupAtDate } from './on-this-date';
import { searchRecords } from './search-index';
import { statusText } from './status-text';

const dataset = realDataset();
const name = (id: string) => {
  const r = dataset.byId.get(id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};

describe('On this date, against the record', () => {
  const at = (y: number, m: number, d: number) =>
    groupAtDate(dataset, dayNumber(y, m, d), LAYER_IDS, (r) => recordName(r, 'en', dataset.byId));
  const french = (g: ReturnType<typeof at>) =>
    g.sites.find((s) => s.actor === 'france')?.records.map((r) => r.id) ?? [];

  it('on 2021-06-01 Kidal, Tessalit and Timbuktu are active French bases', () => {
    const day = dayNumber(2021, 6, 1);
    for (const id of ['fr-kidal', 'fr-tessalit', 'fr-timbuktu']) {
      expect(french(at(2021, 6, 1))).toContain(id);
      expect(statusText(name(id), day, 'en')).toBe('active');
    }
  });

  it('says when a site’s start is unknown instead of calling it active (Ayorou)', () => {
    const day = dayNumber(2021, 6, 1);
    expect(statusText(name('fr-ayorou'), day, 'en')).toBe('present — since when unknown');
    expect(statusText(name('fr-ayorou'), day, 'fr')).toBe('en place — depuis une date inconnue');
  });

  it('on 2022-09-01 no French base in Mali is active and Gao is vacated', () => {
    const day = dayNumber(2022, 9, 1);
    const mali = dataset.layers
      .find((l) => l.id === 'france')
      ?.records.filter((r) => r.type === 'site' && r.props.countries.includes('ML'));
    expect(mali?.length).toBeGreaterThan(4);
    for (const r of mali ?? []) expect(statusText(r, day, 'en'), r.id).toMatch(/^vacated/);
    expect(statusText(name('fr-gao'), day, 'en')).toBe('vacated 15 Aug 2022');
    expect(statusText(name('fr-gao'), day, 'fr')).toBe('départ le 15\u00a0août 2022');
  });

  it('lists active sites before vacated ones, with the Russians at Timbuktu in 2022', () => {
    const g = at(2022, 3, 1);
    const ru = g.sites.find((s) => s.actor === 'russia')?.records.map((r) => r.id) ?? [];
    expect(ru).toContain('ru-mali-timbuktu');
    const fr = french(g);
    expect(fr.indexOf('fr-gao')).toBeLessThan(fr.indexOf('fr-timbuktu'));
  });

  it('hides sites of layers that are off', () => {
    const g = groupAtDate(dataset, dayNumber(2022, 3, 1), ['russia'], (r) => r.id);
    expect(g.sites.map((s) => s.actor)).toEqual(['russia']);
    expect(g.events).toEqual([]);
  });

  it('hides the kinds the reader turned off', () => {
    const day = dayNumber(2022, 10, 15);
    const all = groupAtDate(dataset, day, LAYER_IDS, (r) => r.id);
    expect(all.events.map((r) => r.id)).toContain('coup-bf-sep22');
    const some = groupAtDate(dataset, day, LAYER_IDS, (r) => r.id, ['coup']);
    expect(some.events.map((r) => r.id)).not.toContain('coup-bf-sep22');
    expect(some.events.length).toBe(all.events.length - 1);
  });
});

describe('search', () => {
  const ids = (q: string, lang: 'fr' | 'en' = 'en') =>
    searchRecords(dataset, q, lang).map((r) => r.id);

  it('ignores accents and case, in both languages', () => {
    expect(ids('menaka')).toContain('fr-menaka');
    expect(ids('MÉNAKA')).toContain('fr-menaka');
    expect(ids('tombouctou')).toContain('fr-timbuktu');
    expect(ids('timbuktu', 'fr')).toContain('fr-timbuktu');
    expect(ids('tombouctou')).toContain('ru-mali-timbuktu');
  });

  it('finds the sites of a country, in either language, and other spellings', () => {
    expect(ids('Niger').filter((id) => id.startsWith('fr-'))).toEqual(
      expect.arrayContaining(['fr-niamey', 'fr-ouallam']),
    );
    expect(ids('Tchad')).toContain('fr-ndjamena');
    expect(ids('chad', 'fr')).toContain('fr-abeche');
    expect(ids('Ndjamena')).toContain('fr-ndjamena');
    expect(ids('tillabery')).toContain('fr-tillaberi');
    expect(ids('Mali')).toContain('fr-gao');
    // Every site in Niger is listed, the first ones within the first few results.
    const niger = ids('Niger');
    for (const id of ['fr-madama', 'fr-niamey', 'fr-ouallam', 'fr-ayorou', 'fr-diffa']) {
      expect(niger, id).toContain(id);
    }
    expect(niger.indexOf('fr-ayorou')).toBeLessThan(8);
  });

  it('finds nothing for one letter or an unknown word', () => {
    expect(ids('m')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
});

describe('timeline entries', () => {
  const entries = timelineEntries(dataset);

  it('are in chronological order and hold starts, ends, events and moves', () => {
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i]?.day ?? 0).toBeGreaterThanOrEqual(entries[i - 1]?.day ?? 0);
    }
    const kinds = new Set(entries.map((e) => e.what));
    expect([...kinds].sort()).toEqual(['end', 'event', 'move', 'start']);
    expect(entries.find((e) => e.key === 'fr-timbuktu:end')?.dateText).toBe('2021-12-14');
  });

  it('find the current entry of a day', () => {
    const day = dayNumber(2021, 12, 14);
    const i = currentIndex(entries, day);
    expect(entries[i]?.day).toBe(day);
    expect(entries[i + 1]?.day ?? Number.POSITIVE_INFINITY).toBeGreaterThan(day);
    // Before the first entry of the record (the earliest starts are in 1960): none.
    expect(currentIndex(entries, (entries[0]?.day ?? 0) - 1)).toBe(-1);
  });
});

describe('reconcile a link with the data', () => {
  const view = {
    date: dayNumber(2021, 11, 11),
    camera: DEFAULT_CAMERA,
    layers: LAYER_IDS,
    hidden: [],
    selected: 'fr-gao',
    lang: 'en' as const,
    compare: null,
    embed: false,
  };

  it('opens the merged record for a link that names the id merged into it', () => {
    const { patch, problems } = reconcile({ ...view, selected: 'fr-tabare-bare' }, dataset, true);
    expect(patch.selected).toBe('fr-ayorou');
    expect(problems).toEqual([]);
  });

  it('keeps a valid view as it is', () => {
    expect(reconcile(view, dataset, true)).toEqual({ patch: {}, problems: [] });
  });

  it('clears an unknown site and says so', () => {
    const { patch, problems } = reconcile({ ...view, selected: 'does-not-exist' }, dataset, true);
    expect(patch).toEqual({ selected: null });
    expect(problems).toEqual([{ param: 'site', value: 'does-not-exist', kind: 'unknown-site' }]);
  });

  it('moves a date outside the data to its nearest end', () => {
    const { patch, problems } = reconcile({ ...view, date: dayNumber(1990, 1, 1) }, dataset, true);
    expect(patch.date).toBe(dataset.range.min);
    expect(problems[0]?.kind).toBe('out-of-data');
  });

  it('moves the slider into the period of a linked site when the link has no date', () => {
    const { patch } = reconcile({ ...view, selected: 'ru-mali-timbuktu' }, dataset, false);
    expect(patch.date).toBe(dayNumber(2022, 1, 6));
    expect(reconcile({ ...view, selected: 'ru-mali-timbuktu' }, dataset, true).patch).toEqual({});
    // A vacated French camp opens on its last day before the hand-over.
    const later = { ...view, date: dayNumber(2026, 1, 1), selected: 'fr-timbuktu' };
    expect(reconcile(later, dataset, false).patch.date).toBe(dayNumber(2021, 12, 13));
  });
});
