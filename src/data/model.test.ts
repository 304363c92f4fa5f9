import { describe, expect, it } from 'vitest';
import { shortName } from './model';

describe('shortName (map labels)', () => {
  it('keeps the name up to its first qualifier', () => {
    expect(shortName('Gao desert base (PfOD)')).toBe('Gao desert base');
    expect(shortName('Gao, plateforme opérationnelle désert (PfOD)')).toBe('Gao');
    expect(shortName('Tessalit / Amachach')).toBe('Tessalit');
    expect(shortName("Sergent Adji Kosseï base (N'Djamena)")).toBe('Sergent Adji Kosseï base');
  });

  it('leaves a plain name as it is', () => {
    expect(shortName('Abéché')).toBe('Abéché');
    expect(shortName('Faya-Largeau')).toBe('Faya-Largeau');
  });
});
