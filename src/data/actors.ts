/**
 * The actors, as data: `data/actors.json` lists every foreign force (and the Sahel governments
 * of the events), with its names, layer name, group, colour, marker shape, its sites' file and the
 * words search knows it by. The schema, the map's layers and icons, the legend, the link's
 * `layers=`, search, Compare, the captions and the exports all read it, so that adding an actor
 * is a change of data only. Bundled with the app (it is small) and validated as it loads.
 */
import * as z from 'zod/mini';
import file from '../../data/actors.json' with { type: 'json' };

export const SHAPES = ['circle', 'diamond', 'square', 'hexagon', 'pentagon', 'star'] as const;
export type Shape = (typeof SHAPES)[number];

/** How the legend groups actors: states, the UN, the EU, coalitions, private military
 * companies, and the local governments of the events. */
export const GROUPS = ['state', 'un', 'eu', 'coalition', 'pmc', 'local'] as const;
export type ActorGroup = (typeof GROUPS)[number];

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));
const words = z.array(text);

export const actorSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be a lower-case slug like "us"')),
  'name:fr': text,
  'name:en': text,
  /** The name of the actor's layer of sites ("French forces"); absent for an actor without sites. */
  'layer:fr': z.optional(text),
  'layer:en': z.optional(text),
  group: z.enum(GROUPS),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/, 'must be a colour like "#1d4ed8"')),
  shape: z.enum(SHAPES),
  /** The file of its sites in `data/`, if it has any. */
  file: z.optional(
    z.string().check(z.regex(/^[a-z0-9-]+\.geojson$/, 'must be a .geojson file name')),
  ),
  'search:fr': words,
  'search:en': words,
});
export type ActorSpec = z.infer<typeof actorSchema>;

export const actorsFileSchema = z.strictObject({
  actors: z.array(actorSchema).check(z.minLength(1)),
});

/** The actors of a file's content, or an error that names the actor and the field. */
export function parseActors(json: unknown): ActorSpec[] {
  const result = actorsFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`data/actors.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const ids = new Set<string>();
  for (const a of result.data.actors) {
    if (ids.has(a.id)) throw new Error(`data/actors.json: actor "${a.id}" is listed twice`);
    ids.add(a.id);
    if (a.file && (!a['layer:fr'] || !a['layer:en'])) {
      throw new Error(`data/actors.json: actor "${a.id}" has sites but no layer:fr/layer:en`);
    }
  }
  return result.data.actors;
}

/** Every actor, in the legend's order. */
export const ACTOR_LIST: readonly ActorSpec[] = parseActors(file);

export const ACTOR_IDS: ReadonlySet<string> = new Set(ACTOR_LIST.map((a) => a.id));

/** The actors that have sites: one map layer each, named by the actor's id. */
export const SITE_ACTORS: readonly (ActorSpec & { file: string })[] = ACTOR_LIST.filter(
  (a): a is ActorSpec & { file: string } => a.file !== undefined,
);

const BY_ID = new Map(ACTOR_LIST.map((a) => [a.id, a]));

/** An actor's spec; an id no file lists gets a neutral stand-in (never thrown on: data is
 * validated before it is drawn, this only keeps a stale link harmless). */
export function actorSpec(id: string): ActorSpec {
  return (
    BY_ID.get(id) ?? {
      id,
      'name:fr': id,
      'name:en': id,
      group: 'state',
      color: '#4b5563',
      shape: 'circle',
      'search:fr': [],
      'search:en': [],
    }
  );
}
