/**
 * A release entry computed from two states of the data files (as released before, as now): the
 * records added, corrected, changed and removed, each change with its field, old and new value,
 * the sources that now back it and a reason. Pure; `scripts/data-release.ts` reads the files
 * (the old ones from git) and writes `data/changelog.json`.
 */
import {
  type Changelog,
  compareVersions,
  type FieldChange,
  type LoggedSource,
  type RecordEntry,
  type Release,
  recordDigest,
} from './changelog';

export interface FileFeatures {
  readonly file: string;
  readonly features: readonly unknown[];
}

type Props = Record<string, unknown>;
interface Located {
  readonly file: string;
  readonly feature: { geometry?: unknown; properties?: Props };
}

/** Changes to these are corrections: what a reader saw on the map or read as a fact. */
const CORRECTION_FIELDS = new Set([
  'start_date',
  'end_date',
  'date',
  'first_confirmed',
  'location',
  'actor',
  'kind',
  'from',
  'to',
]);
/** The evidence field (`supports`) that backs a changed field: the dates and the position, the
 * facts a correction is about (a text's sources are in the record). */
const BACKED_BY: Record<string, string> = {
  start_date: 'start_date',
  end_date: 'end_date',
  date: 'date',
  first_confirmed: 'first_confirmed',
  last_confirmed: 'last_confirmed',
  location: 'location',
};
/** Values longer than this are not copied into the log (descriptions, notes): the field is
 * named, the reader has the current text. */
const MAX_LOGGED_VALUE = 160;

function index(files: readonly FileFeatures[]): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const { file, features } of files) {
    for (const f of features) {
      const feature = f as Located['feature'];
      const id = feature.properties?.id;
      if (typeof id === 'string') byId.set(id, { file, feature });
    }
  }
  return byId;
}

function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function publishers(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((s) => String((s as { publisher?: unknown }).publisher ?? '?')).join(' · ');
}

function backingSources(props: Props, field: string): LoggedSource[] | undefined {
  const fact = BACKED_BY[field];
  if (!fact || !Array.isArray(props.sources)) return undefined;
  const list = (props.sources as Props[])
    .filter((s) => Array.isArray(s.supports) && (s.supports as string[]).includes(fact))
    .map((s) => ({
      publisher: String(s.publisher),
      url: String(s.url),
      ...(typeof s['states:en'] === 'string' ? { 'states:en': s['states:en'] } : {}),
    }));
  return list.length > 0 ? list : undefined;
}

/** The fields of one record that differ, with what the log keeps of each. */
export function fieldChanges(before: Located['feature'], after: Located['feature']): FieldChange[] {
  const a = before.properties ?? {};
  const b = after.properties ?? {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'id');
  const changes: FieldChange[] = [];
  const add = (field: string, oldValue: unknown, newValue: unknown) => {
    const o = field === 'sources' ? publishers(oldValue) : shown(oldValue);
    const n = field === 'sources' ? publishers(newValue) : shown(newValue);
    const short = (o?.length ?? 0) <= MAX_LOGGED_VALUE && (n?.length ?? 0) <= MAX_LOGGED_VALUE;
    const sources = backingSources(b, field);
    changes.push({
      field,
      ...(short ? { old: o, new: n } : {}),
      ...(sources ? { sources } : {}),
    });
  };
  if (recordDigest(before.geometry) !== recordDigest(after.geometry)) {
    const point = (g: unknown) => (g as { coordinates?: unknown })?.coordinates;
    add('location', point(before.geometry), point(after.geometry));
  }
  for (const key of keys) {
    if (recordDigest(a[key]) !== recordDigest(b[key])) add(key, a[key], b[key]);
  }
  return changes;
}

export interface ReleaseOptions {
  readonly version: string;
  readonly date: string;
  readonly since: string;
  readonly summary: { readonly en: string; readonly fr: string };
  /** The reason given to every change that has none yet. */
  readonly reason: string;
  /** The entry of the same version computed before, whose hand-written reasons are kept. */
  readonly previous?: Release;
}

function nameOf(props: Props | undefined): string | undefined {
  const name = props?.['name:en'] ?? props?.id;
  return typeof name === 'string' ? name : undefined;
}

/** The entry of a release: `before` as released last (or as of a git commit), `after` now. */
export function computeRelease(
  before: readonly FileFeatures[],
  after: readonly FileFeatures[],
  options: ReleaseOptions,
): Release {
  const old = index(before);
  const now = index(after);
  const mergedInto = new Map<string, string>();
  for (const [id, { feature }] of now) {
    const former = feature.properties?.former_ids;
    if (Array.isArray(former)) for (const f of former) mergedInto.set(String(f), id);
  }
  const reasons = reasonsOf(options.previous);
  // A record's reason is the release's unless one was written by hand; a change has its own
  // only where one was written by hand.
  const keptReason = (kind: string, id: string) => reasons.get(`${kind}|${id}|`) ?? options.reason;
  const withReason = (kind: string, id: string, c: FieldChange): FieldChange => {
    const reason = reasons.get(`${kind}|${id}|${c.field}`);
    return reason ? { ...c, reason } : c;
  };

  const release: Release = {
    version: options.version,
    date: options.date,
    'summary:en': options.summary.en,
    'summary:fr': options.summary.fr,
    since: options.since,
    added: [],
    corrected: [],
    changed: [],
    removed: [],
    digests: {},
  };
  const digests: Record<string, string> = {};
  for (const [id, { file, feature }] of now) {
    const was = old.get(id);
    digests[id] = recordDigest(feature);
    const name = nameOf(feature.properties);
    if (!was) {
      release.added.push({ id, file, name, reason: keptReason('added', id) });
      continue;
    }
    const changes = fieldChanges(was.feature, feature);
    if (changes.length === 0) continue;
    const kind = changes.some((c) => CORRECTION_FIELDS.has(c.field)) ? 'corrected' : 'changed';
    const entry: RecordEntry = {
      id,
      file,
      name,
      changes: changes.map((c) => withReason(kind, id, c)),
      reason: keptReason(kind, id),
    };
    release[kind].push(entry);
  }
  for (const [id, { file, feature }] of old) {
    if (now.has(id)) continue;
    const into = mergedInto.get(id);
    release.removed.push({
      id,
      file,
      name: nameOf(feature.properties),
      ...(into ? { merged_into: into } : {}),
      reason: keptReason('removed', id),
    });
  }
  release.digests = digests;
  return release;
}

function reasonsOf(previous: Release | undefined): Map<string, string> {
  const reasons = new Map<string, string>();
  if (!previous) return reasons;
  for (const kind of ['added', 'corrected', 'changed', 'removed'] as const) {
    for (const e of previous[kind]) {
      if (e.reason) reasons.set(`${kind}|${e.id}|`, e.reason);
      for (const c of e.changes ?? [])
        if (c.reason) reasons.set(`${kind}|${e.id}|${c.field}`, c.reason);
    }
  }
  return reasons;
}

/** The log with `release` in (replacing an entry of the same version), oldest first; only the
 * latest release keeps digests, since the rule compares the data with it alone. */
export function withRelease(log: Changelog, release: Release): Changelog {
  const others = log.releases
    .filter((r) => r.version !== release.version)
    .map(({ digests: _, ...r }) => r);
  return {
    releases: [...others, release].sort((a, b) => compareVersions(a.version, b.version)),
  };
}
