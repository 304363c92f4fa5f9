/**
 * A table's header as the importer names its columns: trimmed, without a byte-order mark, and
 * unique. Two columns of one name would make the later one silently win, so each of them is
 * named with its column number, `latitude (3)` and `latitude (7)`: the format is then no longer
 * recognised by that name, and the mapping step lists both for the reader to choose.
 */

export interface Duplicate {
  readonly name: string;
  /** 1-based column numbers. */
  readonly columns: readonly number[];
}

export interface Header {
  readonly names: string[];
  readonly duplicates: readonly Duplicate[];
}

export function uniqueHeader(raw: readonly string[]): Header {
  const cleaned = raw.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const columns = new Map<string, number[]>();
  cleaned.forEach((name, i) => {
    const list = columns.get(name);
    if (list) list.push(i + 1);
    else columns.set(name, [i + 1]);
  });
  const taken = new Set(cleaned);
  const names = cleaned.map((name, i) => {
    if (name !== '' && (columns.get(name)?.length ?? 0) < 2) return name;
    // An unnamed column, or one of several of a name: its number makes it unique.
    let unique = name === '' ? `(${i + 1})` : `${name} (${i + 1})`;
    while (taken.has(unique)) unique += '′';
    taken.add(unique);
    return unique;
  });
  const duplicates = [...columns]
    .filter(([name, list]) => name !== '' && list.length > 1)
    .map(([name, list]) => ({ name, columns: list }));
  return { names, duplicates };
}

/** FNV-1a over the names and their count: a short key for a header of any width (a rare
 * collision is caught when the mapping's columns are checked against the header). Computed in
 * the parsing worker, off the page's main thread. */
export function headerHash(header: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const name of header) {
    for (let i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${header.length}`;
}
