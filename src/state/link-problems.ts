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
