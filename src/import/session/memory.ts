/**
 * The column mappings the reader chose, remembered per header so that the next file with the
 * same columns is read without asking. Bounded: each is stored under a short hash of its header
 * (`headerHash`)
 * (a 50,000-column header made a 262,000-character key), at most `MAX_MAPPINGS` are kept (the
 * least recently used go first), and keys of the old unbounded form are removed when found.
 */
import { type ColumnMapping, mappingFits } from '../parse/formats';

const PREFIX = 'sahel.import.mapping:';
export const MAX_MAPPINGS = 20;

interface Remembered {
  readonly mapping: ColumnMapping;
  /** When it was last used (ms), for evicting the oldest. */
  readonly used: number;
}

/** The key of a header's mapping, from its hash (`headerHash`, computed by the parser). */
export const keyOf = (hash: string) => `${PREFIX}${hash}`;

/** Milliseconds, strictly increasing within a page, so that two uses in one ms keep their order. */
let clock = 0;
const now = () => {
  clock = Math.max(clock + 1, Date.now());
  return clock;
};

const OURS = /^sahel\.import\.mapping:[0-9a-z]+\.\d+$/;

function read(storage: Storage, key: string): Remembered | null {
  try {
    const value = JSON.parse(storage.getItem(key) ?? 'null') as Remembered | null;
    return value && typeof value.used === 'number' && value.mapping ? value : null;
  } catch {
    return null;
  }
}

/** Every key of ours, with the old unbounded ones (header joined) apart. */
function keys(storage: Storage): { current: string[]; old: string[] } {
  const current: string[] = [];
  const old: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    (OURS.test(key) ? current : old).push(key);
  }
  return { current, old };
}

export function recall(
  storage: Storage,
  hash: string,
  header: readonly string[],
): ColumnMapping | null {
  const key = keyOf(hash);
  const found = read(storage, key);
  if (!found || !mappingFits(found.mapping, header)) return null;
  write(storage, key, { mapping: found.mapping, used: now() });
  return found.mapping;
}

export function remember(storage: Storage, hash: string, mapping: ColumnMapping): void {
  prune(storage, MAX_MAPPINGS - 1);
  write(storage, keyOf(hash), { mapping, used: now() });
}

function write(storage: Storage, key: string, value: Remembered): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full: the mapping is asked again next time (never worth a file's place).
  }
}

/** Keeps at most `keep` mappings (the most recently used) and removes the old form's keys. */
export function prune(storage: Storage, keep: number): void {
  const { current, old } = keys(storage);
  for (const key of old) storage.removeItem(key);
  const byAge = current
    .map((key) => ({ key, used: read(storage, key)?.used ?? 0 }))
    .sort((a, b) => b.used - a.used);
  for (const { key } of byAge.slice(Math.max(0, keep))) storage.removeItem(key);
}
