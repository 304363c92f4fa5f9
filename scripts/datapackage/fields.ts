/**
 * What each property of a data file means, for `datapackage.json` (Table Schema fields). Every
 * key of the schema (`src/data/schema.ts`) must be described here: the data package test names
 * a key without a description, so a new property cannot ship undocumented.
 */

export interface FieldDoc {
  readonly type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'geojson';
  readonly description: string;
}

const DATE =
  'A date at its true precision: YYYY-MM-DD, YYYY-MM, YYYY, or a span A/B of such dates (some day between A and B).';

export const FIELD_DOCS: Record<string, FieldDoc> = {
  geometry: {
    type: 'geojson',
    description:
      'The feature geometry (RFC 7946, [longitude, latitude]): a Point for a site or an event, a LineString from the `from` site to the `to` site for a move.',
  },
  id: { type: 'string', description: 'Stable identifier used in links (`?site=`), a slug.' },
  actor: { type: 'string', description: 'france, russia, local or un.' },
  kind: {
    type: 'string',
    description:
      'base, position, operation, deployment, economic (sites); incident, diplomatic, coup, announcement, alliance, mission (events); redeployment, handover (moves).',
  },
  'name:fr': { type: 'string', description: 'Name in French (a site name contains its place).' },
  'name:en': { type: 'string', description: 'Name in English (a site name contains its place).' },
  'place:fr': { type: 'string', description: 'The town or locality, in French.' },
  'place:en': { type: 'string', description: 'The town or locality, in English.' },
  'description:fr': { type: 'string', description: 'What happened, in French, in own words.' },
  'description:en': { type: 'string', description: 'What happened, in English, in own words.' },
  countries: { type: 'array', description: 'ISO 3166-1 alpha-2 codes of the countries concerned.' },
  start_date: { type: 'string', description: `Start. ${DATE} null: not known (see date_note).` },
  end_date: {
    type: 'string',
    description: `End (the site is vacated on it). ${DATE} Absent: still there.`,
  },
  date: { type: 'string', description: `The move's date. ${DATE}` },
  last_confirmed: {
    type: 'string',
    description: `Open sites: the date of the latest cited source reporting the presence. ${DATE}`,
  },
  first_confirmed: {
    type: 'string',
    description: `Sites of unknown start: the date of the first dated report. ${DATE}`,
  },
  'date_note:fr': {
    type: 'string',
    description: 'What is partial or disputed about the dates, in French.',
  },
  'date_note:en': {
    type: 'string',
    description: 'What is partial or disputed about the dates, in English.',
  },
  confidence: {
    type: 'string',
    description: 'high (two independent publishers back the dates), medium or low.',
  },
  'confidence_note:fr': { type: 'string', description: 'Why this grade, in French.' },
  'confidence_note:en': { type: 'string', description: 'Why this grade, in English.' },
  approximate: {
    type: 'boolean',
    description: 'true when the point stands for a town, an airport or a nearby place.',
  },
  'location_note:fr': { type: 'string', description: 'What the point really is, in French.' },
  'location_note:en': { type: 'string', description: 'What the point really is, in English.' },
  sources: {
    type: 'array',
    description:
      'Each source: url, publisher, title and date where read, supports (the facts it backs) and states:fr / states:en (what it states of them).',
  },
  related: { type: 'array', description: 'Ids of records this one is about.' },
  former_ids: {
    type: 'array',
    description: 'Ids of records merged into this one; links naming them open this record.',
  },
  from: { type: 'string', description: 'Id of the site the move leaves from.' },
  to: { type: 'string', description: 'Id of the site the move arrives at.' },
};
