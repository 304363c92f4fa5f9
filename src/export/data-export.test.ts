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
import { CSV_COLUMNS, csvField, toCsv, toGeoJSON } from './data-export';

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
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(records.length + 1);
    const gao = rows.find((r) => r[0] === 'fr-gao') ?? [];
    expect(gao.slice(0, 4)).toEqual(['fr-gao', 'france', 'france', 'base']);
    expect(gao[CSV_COLUMNS.indexOf('end_date')]).toBe('2022-08-15');
    expect(gao[CSV_COLUMNS.indexOf('status')]).toBe('ended');
    expect(gao[CSV_COLUMNS.indexOf('sources')]).toMatch(/https?:\/\//);
    for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
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
