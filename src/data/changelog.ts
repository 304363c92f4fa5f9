/**
 * The record's releases and what each changed (`data/changelog.json`): its format, read in the
 * browser (the release list, a record's history, the notice of a link made with an older
 * version) and by the data check. Pure; `release.ts` computes an entry, `check-changelog.ts`
 * holds the rule that a changed record needs one.
 */
import * as z from 'zod/mini';

/** A release's version: the day it was made (`2026-12-04`), with `.2`, `.3`… for a second
 * release the same day. Versions sort in time. */
export const VERSION = /^\d{4}-\d{2}-\d{2}(?:\.\d+)?$/;

const sourceRef = z.object({
  publisher: z.string(),
  url: z.string(),
  'states:en': z.optional(z.string()),
  'states:fr': z.optional(z.string()),
});

const fieldChange = z.object({
  field: z.string(),
  /** Values as written in the data; absent for long texts (the reader has the current one). */
  old: z.optional(z.nullable(z.string())),
  new: z.optional(z.nullable(z.string())),
  /** The sources that now back the field (a date's `supports`). */
  sources: z.optional(z.array(sourceRef)),
  reason: z.optional(z.string()),
});

const recordEntry = z.object({
  id: z.string(),
  file: z.string(),
  /** The record's name when the release was made, so that a removed record is still named. */
  name: z.optional(z.string()),
  changes: z.optional(z.array(fieldChange)),
  /** A removed record merged into another: the id that stays. */
  merged_into: z.optional(z.string()),
  reason: z.optional(z.string()),
});

export const releaseSchema = z.object({
  version: z.string().check(z.regex(VERSION)),
  /** The day the record was released, `YYYY-MM-DD`. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  'summary:en': z.string(),
  'summary:fr': z.string(),
  /** The git commit the entry was computed against. */
  since: z.optional(z.string()),
  added: z.array(recordEntry),
  /** A fact a reader saw differently before: a date, the position, the actor, the kind. */
  corrected: z.array(recordEntry),
  /** Everything else: texts, sources, the last report, the grade. */
  changed: z.array(recordEntry),
  removed: z.array(recordEntry),
  /** Only on the latest release: a short digest of every record as released (id → digest). */
  digests: z.optional(z.record(z.string(), z.string())),
});

export const changelogSchema = z.object({ releases: z.array(releaseSchema) });

export type LoggedSource = z.infer<typeof sourceRef>;
export type FieldChange = z.infer<typeof fieldChange>;
export type RecordEntry = z.infer<typeof recordEntry>;
export type Release = z.infer<typeof releaseSchema>;
export type Changelog = z.infer<typeof changelogSchema>;
export const CHANGE_KINDS = ['added', 'corrected', 'changed', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Negative, zero or positive as `a` is older than, the same as or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const [dayA = '', nA = '1'] = a.split('.');
  const [dayB = '', nB = '1'] = b.split('.');
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return Number(nA) - Number(nB);
}

/** The releases, newest first. */
export function newestFirst(log: Changelog): Release[] {
  return [...log.releases].sort((a, b) => compareVersions(b.version, a.version));
}

export function latestRelease(log: Changelog): Release | undefined {
  return newestFirst(log)[0];
}

export interface RecordChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly release: string;
  readonly entry: RecordEntry;
}

/** Every record change made after `version` (a link's `v=`), newest first, one line per record
 * (its latest change; a record corrected twice is one record that changed). An unknown older
 * version counts every release after it; the current or a newer version, none. */
export function changedSince(log: Changelog, version: string): RecordChange[] {
  const seen = new Set<string>();
  const out: RecordChange[] = [];
  for (const release of newestFirst(log)) {
    if (compareVersions(release.version, version) <= 0) break;
    for (const kind of CHANGE_KINDS) {
      for (const entry of release[kind]) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        out.push({ id: entry.id, kind, release: release.version, entry });
      }
    }
  }
  return out;
}

/** A record's own history, newest first: every release entry that names it or one of its
 * former ids (a merged record keeps the history of both). */
export function historyOf(
  log: Changelog,
  id: string,
  formerIds: readonly string[] = [],
): RecordChange[] {
  const ids = new Set([id, ...formerIds]);
  return newestFirst(log).flatMap((release) =>
    CHANGE_KINDS.flatMap((kind) =>
      release[kind]
        .filter((e) => ids.has(e.id) || (e.merged_into !== undefined && ids.has(e.merged_into)))
        .map((entry) => ({ id: entry.id, kind, release: release.version, entry })),
    ),
  );
}

/** Object keys sorted at every level, so that a digest does not depend on key order or
 * formatting, only on the values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A short digest of a feature (53-bit cyrb53 of its canonical JSON, 14 hex digits): enough to
 * notice any edit among a few thousand records; not a security hash, and the same in Node and
 * the browser without Web Crypto's promises. */
export function recordDigest(feature: unknown): string {
  const text = canonical(feature);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
