import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import {
  eventCollectionSchema,
  LAYER_IDS,
  moveCollectionSchema,
  SITE_KINDS,
  siteCollectionSchema,
} from '../data/schema';
import { recordsShown } from '../data/shown';
import { realDataset } from '../data/testing/real-dataset';
import { CSV_COLUMNS, csvField, csvHeader, toCsv, toGeoJSON } from './data-export';

const dataset = realDataset();
const day = dayNumber(2022, 9, 1);

/** A small RFC 4180 reader, for the round trip. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      rows.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the data export', () => {
  const records = recordsShown(dataset, day, { layers: LAYER_IDS, hidden: [] });

  it('holds what the map shows at the day, following layers and kinds', () => {
    const ids = records.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['fr-gao', 'ru-mali-gao', 'ho-gao']));
    expect(ids).not.toContain('ru-bf-ouaga'); // 2024
    const noEvents = recordsShown(dataset, day, {
      layers: ['france', 'russia'],
      hidden: ['deployment'],
    });
    expect(noEvents.some((r) => r.layer === 'events' || r.kind === 'deployment')).toBe(false);
  });

  it('writes GeoJSON whose features pass the data check’s schema', () => {
    const json = JSON.parse(JSON.stringify(toGeoJSON(records)));
    expect(json.type).toBe('FeatureCollection');
    const of = (
      test: (f: { geometry: { type: string }; properties: { kind: string } }) => boolean,
    ) => ({
      type: 'FeatureCollection',
      features: json.features.filter(test),
    });
    const sites = of((f) => (SITE_KINDS as readonly string[]).includes(f.properties.kind));
    const moves = of((f) => f.geometry.type === 'LineString');
    const events = of(
      (f) =>
        f.geometry.type === 'Point' &&
        !(SITE_KINDS as readonly string[]).includes(f.properties.kind),
    );
    expect(siteCollectionSchema.safeParse(sites).success).toBe(true);
    expect(eventCollectionSchema.safeParse(events).success).toBe(true);
    expect(moveCollectionSchema.safeParse(moves).success).toBe(true);
    expect(sites.features.length + moves.features.length + events.features.length).toBe(
      records.length,
    );
  });

  it('writes a CSV with a header, one row per record, dates as written and sources', () => {
    const rows = readCsv(toCsv(records, day));
    const header = rows[0] ?? [];
    expect(header.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(records.length + 1);
    const col = (name: string) => header.indexOf(name);
    const gao = rows.find((r) => r[0] === 'fr-gao') ?? [];
    expect(gao.slice(0, 4)).toEqual(['fr-gao', 'france', 'france', 'base']);
    expect(gao[col('end_date')]).toBe('2022-08-15');
    expect(gao[col('status')]).toBe('ended');
    expect(gao[col('source_1_url')]).toMatch(/^https?:\/\//);
    for (const r of rows) expect(r.length).toBe(header.length);
  });

  it('gives a researcher the last report, the approximate flag, the notes, one source per group', () => {
    const all = [...dataset.byId.values()];
    const rows = readCsv(toCsv(all, day));
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const most = Math.max(...all.map((r) => r.props.sources.length));
    expect(header).toEqual(csvHeader(most));
    expect(header).toContain(`source_${most}_supports`);
    const bamako = rows.find((r) => r[0] === 'ru-mali-bamako') ?? [];
    const record = dataset.byId.get('ru-mali-bamako');
    if (record?.type !== 'site') throw new Error('no Bamako site');
    const p = record.props;
    expect(bamako[col('last_report')]).toBe('last_confirmed' in p ? p.last_confirmed : 'none');
    expect(bamako[col('approximate')]).toBe('true');
    expect(bamako[col('location_note_en')]).toBe(p['location_note:en']);
    expect(bamako[col('description_fr')]).toBe(p['description:fr']);
    p.sources.forEach((s, i) => {
      expect(bamako[col(`source_${i + 1}_url`)]).toBe(s.url);
      expect(bamako[col(`source_${i + 1}_supports`)]).toBe(s.supports.join(' '));
    });
    // Groups past a record's own sources are empty, not shifted.
    expect(bamako[col(`source_${p.sources.length + 1}_url`)] ?? '').toBe('');
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(null)).toBe('');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =cmd', "'  =cmd"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
  ])('neutralises a text cell that begins like a formula: %j', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });

  it('leaves other text and numbers as they are', () => {
    for (const cell of ['Gao', 'a=b', 'x-1', 'e@mail', '2021-12-14']) {
      expect(csvField(cell)).toBe(cell);
    }
    expect(csvField(-0.5)).toBe('-0.5');
  });

  it('neutralises a record’s text in the CSV itself', () => {
    const gao = records.find((r) => r.id === 'fr-gao');
    if (!gao) throw new Error('no fr-gao');
    const evil = { ...gao, props: { ...gao.props, 'name:en': '=HYPERLINK("http://x")' } };
    const row = readCsv(toCsv([evil as typeof gao], day))[1] ?? [];
    expect(row[CSV_COLUMNS.indexOf('name_en')]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('writes the record’s version, licence and credit as top-level GeoJSON members', () => {
    const meta = {
      version: '2026-12-04',
      date: '2026-12-04',
      licence: {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
      attribution: 'Sahel Security Map contributors, data version 2026-12-04, CC BY 4.0',
    };
    const json = JSON.parse(JSON.stringify(toGeoJSON(records, meta)));
    expect(json).toMatchObject({ type: 'FeatureCollection', ...meta });
    expect(json.features).toHaveLength(records.length);
  });
});
