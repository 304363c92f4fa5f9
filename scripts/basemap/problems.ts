/** What a build step found wrong: errors stop the build (after all are listed), warnings do not. */
export interface Problems {
  readonly errors: string[];
  readonly warnings: string[];
}

export const noProblems = (): Problems => ({ errors: [], warnings: [] });

/** The problems of several steps, in order. */
export function joinProblems(...all: readonly Problems[]): Problems {
  return {
    errors: all.flatMap((p) => p.errors),
    warnings: all.flatMap((p) => p.warnings),
  };
}
