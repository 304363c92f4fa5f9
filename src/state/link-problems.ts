/** What a link asked for that the app could not apply as given (the link notice lists them). */
export type LinkProblemKind =
  | 'invalid'
  | 'clamped'
  | 'unknown-layer'
  | 'unknown-kind'
  | 'unsupported'
  | 'duplicate'
  | 'unknown-site'
  | 'out-of-data';

export interface LinkProblem {
  readonly param: string;
  readonly value: string;
  readonly kind: LinkProblemKind;
}

/** How many problems the notice lists before "and N more": three keep the notice under half of
 * a laptop's map (five wrapped lines took more since the header got its "data as of" line). */
export const SHOWN_PROBLEMS = 3;
/** How much of a value the notice quotes (a link can carry kilobytes). */
export const SHOWN_VALUE_LENGTH = 40;

/** A value as the notice quotes it: cut to a readable length. (It is also shown isolated from
 * the sentence around it, so a right-to-left override cannot turn the sentence around.) */
export function shownValue(value: string): string {
  const chars = [...value];
  return chars.length <= SHOWN_VALUE_LENGTH
    ? value
    : `${chars.slice(0, SHOWN_VALUE_LENGTH - 1).join('')}…`;
}

/** The problems the notice shows: each once (a parameter repeated a thousand times is one
 * line), at most `SHOWN_PROBLEMS`, and how many more there are. */
export function summarizeProblems(problems: readonly LinkProblem[]): {
  shown: LinkProblem[];
  more: number;
} {
  const seen = new Set<string>();
  const unique: LinkProblem[] = [];
  for (const p of problems) {
    const key = `${p.kind}|${p.param}|${p.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  return {
    shown: unique.slice(0, SHOWN_PROBLEMS),
    more: Math.max(0, unique.length - SHOWN_PROBLEMS),
  };
}
