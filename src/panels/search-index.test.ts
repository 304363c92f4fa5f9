import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/testing/real-dataset';
import { searchRecords } from './search-index';

describe('search finds every force by its names and the words it is known by', () => {
  const dataset = realDataset();
  const actorsFound = (query: string, lang: 'fr' | 'en') =>
    new Set(searchRecords(dataset, query, lang, 50).map((r) => r.actor));

  it('"Agadez" lists the US air base; "Koulikoro" the EU training camp', () => {
    const agadez = searchRecords(dataset, 'Agadez', 'en').map((r) => r.id);
    expect(agadez).toContain('us-niger-agadez');
    expect(searchRecords(dataset, 'Koulikoro', 'fr').map((r) => r.actor)).toContain('eu');
  });

  it('"MINUSMA", "Bundeswehr" and "américain" find the UN’s, Germany’s and the US’s sites', () => {
    expect(actorsFound('MINUSMA', 'en')).toContain('un');
    expect(actorsFound('Bundeswehr', 'en')).toContain('germany');
    expect(actorsFound('américain', 'fr')).toContain('us');
  });

  it('a name ranks above an actor’s words', () => {
    const [first] = searchRecords(dataset, 'Wagner', 'en');
    expect(first?.props.sources.length).toBeGreaterThan(0);
    expect(searchRecords(dataset, 'zz', 'en')).toEqual([]);
  });
});
