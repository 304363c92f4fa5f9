import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../parse/formats';
import { headerHash } from '../parse/header';
import { keyOf, MAX_MAPPINGS, recall as recallBy, remember as rememberBy } from './memory';

const recall = (s: Storage, h: string[]) => recallBy(s, headerHash(h), h);
const remember = (s: Storage, h: string[], m: ColumnMapping) => rememberBy(s, headerHash(h), m);
const headerKey = (h: string[]) => keyOf(headerHash(h));

/** localStorage's interface over a Map, with an optional quota in characters. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [a, b]) => n + a.length + b.length, 0);
    if (used + k.length + v.length > this.quota)
      throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
  get chars() {
    return [...this.items].reduce((n, [a, b]) => n + a.length + b.length, 0);
  }
}

const mapping: ColumnMapping = { date: 'c0', latitude: 'c1', longitude: 'c2' };

describe('remembered column mappings', () => {
  it('are keyed by a short hash, whatever the header', () => {
    const wide = Array.from({ length: 50_000 }, (_, i) => `column_${i}`);
    expect(headerKey(wide).length).toBeLessThan(40);
    expect(headerKey(wide)).not.toBe(headerKey(wide.slice(1)));
    const storage = new MemoryStorage();
    const chosen = { date: 'column_7', latitude: 'column_8', longitude: 'column_49999' };
    remember(storage, wide, chosen);
    expect(recall(storage, wide)).toEqual(chosen);
    expect(storage.chars).toBeLessThan(200);
  });

  it('keep at most MAX_MAPPINGS, the least recently used going first', () => {
    const storage = new MemoryStorage();
    const header = (n: number) => ['c0', 'c1', 'c2', `x${n}`];
    for (let n = 0; n < MAX_MAPPINGS + 10; n++) {
      remember(storage, header(n), mapping);
      if (n === 5) recall(storage, header(0)); // used again: kept
    }
    expect(storage.length).toBe(MAX_MAPPINGS);
    expect(recall(storage, header(MAX_MAPPINGS + 9))).toEqual(mapping);
    expect(recall(storage, header(1))).toBeNull();
  });

  it('remove the old keys that held a whole header', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `sahel.import.mapping:${'a\u001fb\u001fc'.repeat(1000)}`,
      JSON.stringify(mapping),
    );
    storage.setItem('other.app', 'kept');
    remember(storage, ['c0', 'c1', 'c2'], mapping);
    expect(storage.length).toBe(2);
    expect(storage.getItem('other.app')).toBe('kept');
  });

  it('never throw when the storage is full', () => {
    const storage = new MemoryStorage(10);
    expect(() => remember(storage, ['c0', 'c1', 'c2'], mapping)).not.toThrow();
    expect(recall(storage, ['c0', 'c1', 'c2'])).toBeNull();
  });
});
