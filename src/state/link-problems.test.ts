import { describe, expect, it } from 'vitest';
import {
  type LinkProblem,
  SHOWN_PROBLEMS,
  SHOWN_VALUE_LENGTH,
  shownValue,
  summarizeProblems,
} from './link-problems';

const unknownLayer = (value: string): LinkProblem => ({
  param: 'layers',
  value,
  kind: 'unknown-layer',
});

describe('the link notice summary', () => {
  it('lists a repeated problem once', () => {
    const repeated = Array.from(
      { length: 999 },
      (): LinkProblem => ({
        param: 'date',
        value: '2021-13-45',
        kind: 'duplicate',
      }),
    );
    expect(summarizeProblems(repeated)).toEqual({ shown: [repeated[0]], more: 0 });
  });

  it('shows a few problems and counts the rest', () => {
    const many = Array.from({ length: 5120 }, (_, i) => unknownLayer(`nope${i}`));
    const { shown, more } = summarizeProblems(many);
    expect(shown).toEqual(many.slice(0, SHOWN_PROBLEMS));
    expect(more).toBe(5120 - SHOWN_PROBLEMS);
  });

  it('keeps different problems apart', () => {
    const two = [unknownLayer('a'), { ...unknownLayer('a'), kind: 'invalid' as const }];
    expect(summarizeProblems(two).shown).toHaveLength(2);
  });
});

describe('a quoted value', () => {
  it('is kept as it is when short', () => {
    expect(shownValue('fr-gao')).toBe('fr-gao');
  });

  it('is cut to a readable length, counting characters, not UTF-16 units', () => {
    const cut = shownValue('é'.repeat(10_000));
    expect([...cut]).toHaveLength(SHOWN_VALUE_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
    expect([...shownValue('😀'.repeat(100))]).toHaveLength(SHOWN_VALUE_LENGTH);
  });
});
