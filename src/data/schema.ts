/**
 * The one schema of the dataset: it gives the TypeScript types and validates the files, both in
 * `npm run data:check` (with the cross-file rules in `check.ts`) and in the browser when a file
 * is fetched. zod/mini keeps the validator small enough to ship to phones.
 */
import * as z from 'zod/mini';
import { ACTOR_IDS, ACTOR_LIST, SITE_ACTORS } from './actors';
import { parseDate } from './dates';

/** The map's region: West and Central Africa, with Europe and Russia up to St Petersburg for
 * the diplomacy. The basemap is clipped to it and the camera cannot leave it. */
export const REGION = { west: -20, south: -15, east: 45, north: 62 } as const;

/** The actors' ids, from `data/actors.json` (`actors.ts`). */
export const ACTORS: readonly string[] = ACTOR_LIST.map((a) => a.id);
export type Actor = string;

/** Kinds drawn as places that last (bases, deployments) and kinds drawn as dated events. */
export const SITE_KINDS = ['base', 'position', 'operation', 'deployment', 'economic'] as const;
export const EVENT_KINDS = [
  'incident',
  'diplomatic',
  'coup',
  'announcement',
  'alliance',
  'mission',
] as const;
export const MOVE_KINDS = ['redeployment', 'handover'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type MoveKind = (typeof MOVE_KINDS)[number];
/** Every kind, in the order the layer panel lists them (a share link can hide some). */
export const ALL_KINDS = [...SITE_KINDS, ...EVENT_KINDS, ...MOVE_KINDS] as const;
export type RecordKind = (typeof ALL_KINDS)[number];

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "fr-gao"'),
    z.maxLength(60),
  );
const text = z
  .string({ error: (i) => (i.input === undefined ? 'is missing' : 'must be text') })
  .check(z.trim(), z.minLength(1, 'must not be empty'));

/** Length caps: long enough for any honest entry, short enough for the panels. */
export const MAX_LENGTH = {
  name: 120,
  place: 60,
  description: 1200,
  note: 1200,
  title: 300,
  publisher: 120,
  /** What a source states, in one short line of one's own words. */
  states: 200,
} as const;
const capped = (max: number) => text.check(z.maxLength(max, `must be at most ${max} characters`));
const nameText = capped(MAX_LENGTH.name);
const placeText = capped(MAX_LENGTH.place);
const descriptionText = capped(MAX_LENGTH.description);
const noteText = capped(MAX_LENGTH.note);
const date = z.string().check(
  z.refine((s) => typeof parseDate(s) !== 'string', {
    error: (issue) => {
      const reason = parseDate(String(issue.input));
      return typeof reason === 'string' ? reason : 'invalid date';
    },
  }),
);
const httpUrl = z.string().check(
  z.refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http(s) link'),
);

/** The facts of a record a source can back: its dates, its position, what it says happened. A
 * move's one date is `date`. */
export const EVIDENCE_FIELDS = [
  'start_date',
  'end_date',
  'first_confirmed',
  'last_confirmed',
  'date',
  'location',
  'description',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
/** The dates among them, each of which a record must back with a source where it has it. */
export const DATE_FIELDS = [
  'start_date',
  'end_date',
  'first_confirmed',
  'last_confirmed',
  'date',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const sourceSchema = z.strictObject({
  url: httpUrl,
  /** Who published it, as shown to readers ("Africanews", "Punch (AFP)": a republished story
   * names its origin in parentheses, so that a wire story and its reposts count once). */
  publisher: capped(MAX_LENGTH.publisher),
  /** The page's title, only where it was read; never made up. */
  title: z.optional(capped(MAX_LENGTH.title)),
  /** Publication date at its true precision, only where known. */
  date: z.optional(date),
  /** Which facts of its record this source backs. */
  supports: z.array(z.enum(EVIDENCE_FIELDS)).check(z.minLength(1, 'must name what it backs')),
  /** What it states of them, in one's own words, in each language. */
  'states:fr': capped(MAX_LENGTH.states),
  'states:en': capped(MAX_LENGTH.states),
});
export type Source = z.infer<typeof sourceSchema>;

const position = z.tuple([z.number(), z.number()]).check(
  z.refine(
    ([lon]) => lon >= REGION.west && lon <= REGION.east,
    `longitude must be within ${REGION.west}…${REGION.east} (is the order [lon, lat]?)`,
  ),
  z.refine(
    ([, lat]) => lat >= REGION.south && lat <= REGION.north,
    `latitude must be within ${REGION.south}…${REGION.north} (is the order [lon, lat]?)`,
  ),
);

const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });
const lineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position).check(z.minLength(2, 'a line needs two positions')),
});

/** Fields shared by places and events. Keys follow OpenHistoricalMap's `key:lang` style. */
const actor = z
  .string()
  .check(z.refine((id) => ACTOR_IDS.has(id), 'is not an actor listed in data/actors.json'));

const common = {
  id: slug,
  actor,
  'name:fr': nameText,
  'name:en': nameText,
  'description:fr': descriptionText,
  'description:en': descriptionText,
  /** ISO 3166-1 alpha-2 codes of the countries concerned (`ML`, `NE`, `FR`, `RU`). */
  countries: z
    .array(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')))
    .check(z.minLength(1)),
  /** null: the start is not known (say why in `date_note:*`). */
  start_date: z.nullable(date),
  /** Absent: still there / still in force. */
  end_date: z.optional(date),
  /** What is uncertain or disputed about the dates, in each language. */
  'date_note:fr': z.optional(noteText),
  'date_note:en': z.optional(noteText),
  confidence: z.enum(CONFIDENCE),
  'confidence_note:fr': z.optional(noteText),
  'confidence_note:en': z.optional(noteText),
  /** True when the point stands for the town or a nearby place, not the site itself. */
  approximate: z.boolean(),
  'location_note:fr': z.optional(noteText),
  'location_note:en': z.optional(noteText),
  sources: z.array(sourceSchema).check(z.minLength(1, 'every feature needs a source')),
  /** Ids of other records this one is about (the incident at a base, the base of an event). */
  related: z.optional(z.array(slug)),
  /** Ids of records merged into this one (the same place entered twice): links that name them
   * open this record. */
  former_ids: z.optional(z.array(slug)),
};

export const sitePropsSchema = z.strictObject({
  ...common,
  kind: z.enum(SITE_KINDS),
  /** The town or locality the site is named after ("Niamey", "Tombouctou" / "Timbuktu"); the
   * site's `name:xx` contains its `place:xx`. */
  'place:fr': placeText,
  'place:en': placeText,
  /** For a site without `end_date`: the last date a cited source confirms the presence. It is
   * the `date` of one of the sources, not before the start and not after today (`check.ts`). */
  last_confirmed: z.optional(date),
  /** For a site whose start no source gives: the date of its first dated report, the `date` of
   * one of its sources. From then on the presence is documented. */
  first_confirmed: z.optional(date),
});
export const eventPropsSchema = z.strictObject({ ...common, kind: z.enum(EVENT_KINDS) });
export const movePropsSchema = z.strictObject({
  id: slug,
  kind: z.enum(MOVE_KINDS),
  actor,
  from: slug,
  to: slug,
  date: date,
  'description:fr': descriptionText,
  'description:en': descriptionText,
  'date_note:fr': z.optional(noteText),
  'date_note:en': z.optional(noteText),
  confidence: z.enum(CONFIDENCE),
  'confidence_note:fr': z.optional(noteText),
  'confidence_note:en': z.optional(noteText),
  sources: z.array(sourceSchema).check(z.minLength(1, 'every feature needs a source')),
  former_ids: z.optional(z.array(slug)),
});

export type SiteProps = z.infer<typeof sitePropsSchema>;
export type EventProps = z.infer<typeof eventPropsSchema>;
export type MoveProps = z.infer<typeof movePropsSchema>;
export type RecordProps = SiteProps | EventProps;

const feature = <P extends z.ZodMiniType, G extends z.ZodMiniType>(props: P, geometry: G) =>
  z.strictObject({ type: z.literal('Feature'), geometry, properties: props });

const collection = <F extends z.ZodMiniType>(f: F) =>
  z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(f),
  });

export const siteCollectionSchema = collection(feature(sitePropsSchema, pointGeometry));
export const eventCollectionSchema = collection(feature(eventPropsSchema, pointGeometry));
export const moveCollectionSchema = collection(feature(movePropsSchema, lineGeometry));

export type SiteFeature = z.infer<typeof siteCollectionSchema>['features'][number];
export type EventFeature = z.infer<typeof eventCollectionSchema>['features'][number];
export type MoveFeature = z.infer<typeof moveCollectionSchema>['features'][number];

type Collection =
  | typeof siteCollectionSchema
  | typeof eventCollectionSchema
  | typeof moveCollectionSchema;

export interface DataFile {
  readonly file: string;
  readonly schema: Collection;
  /** The one actor of a file of sites; null for the events and the moves (any actor). */
  readonly actor: string | null;
}

/** A map layer: one per actor with sites (named by the actor's id), then the events and the
 * moves. Its id goes into the link's `layers=`. */
export type LayerId = string;

/** The data files, one per map layer, in the panel's order. A file that fails only takes its
 * own layer down. */
export const DATA_FILES: Readonly<Record<LayerId, DataFile>> = Object.fromEntries([
  ...SITE_ACTORS.map((a) => [a.id, { file: a.file, schema: siteCollectionSchema, actor: a.id }]),
  ['events', { file: 'events.geojson', schema: eventCollectionSchema, actor: null }],
  ['moves', { file: 'moves.geojson', schema: moveCollectionSchema, actor: null }],
]);
export const LAYER_IDS: readonly LayerId[] = Object.keys(DATA_FILES);

/** A layer's file (an unknown layer is a programming error: links are checked before). */
export function dataFile(layer: LayerId): DataFile {
  const spec = DATA_FILES[layer];
  if (!spec) throw new Error(`no data layer "${layer}"`);
  return spec;
}
/** The layers of sites (one per actor). */
export const SITE_LAYER_IDS: readonly LayerId[] = SITE_ACTORS.map((a) => a.id);
