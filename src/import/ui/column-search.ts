/**
 * The mapping step's column lists for a header of any width: a `<select>` of 50,000 options per
 * field froze the page for seconds, so past `LIST_ALL` columns each list holds only the columns
 * that match the reader's search (at most `SHOWN`) and the columns already chosen.
 */

/** Up to this many columns, every list shows them all and no search is needed. */
export const LIST_ALL = 200;
/** Columns a list shows at most while searching a wider header. */
export const SHOWN = 50;

export interface ColumnIndex {
  readonly names: readonly string[];
  /** Lower-cased once, so that each keystroke only compares. */
  readonly lower: readonly string[];
}

export function indexColumns(names: readonly string[]): ColumnIndex {
  return { names, lower: names.map((n) => n.toLowerCase()) };
}

export interface Matches {
  readonly names: readonly string[];
  /** How many columns match in all (more than `names` holds when cut at `SHOWN`). */
  readonly total: number;
}

/** The columns whose name contains the query (all of them for an empty one), in file order. */
export function searchColumns(index: ColumnIndex, query: string, limit = SHOWN): Matches {
  const q = query.trim().toLowerCase();
  const names: string[] = [];
  let total = 0;
  for (let i = 0; i < index.lower.length; i++) {
    if (q !== '' && !(index.lower[i] ?? '').includes(q)) continue;
    total++;
    if (names.length < limit) names.push(index.names[i] ?? '');
  }
  return { names, total };
}

/** A list's options: the matches, with the chosen column first if the search left it out. */
export function optionsFor(matches: Matches, chosen: string | undefined): readonly string[] {
  return chosen && !matches.names.includes(chosen) ? [chosen, ...matches.names] : matches.names;
}
