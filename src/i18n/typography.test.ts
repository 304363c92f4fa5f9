/** French as a French editor writes it, checked where this rule is followed so far: the
 * importer's, the update's and the stale tab's messages (the others keep their old spaces until
 * their own pass). */
import { describe, expect, it } from 'vitest';
import { fr } from './fr';

const CHECKED = /^(import|update|stale)\./;

/** The faults of one message: a plain space before : ; ? ! or inside « », a straight apostrophe. */
function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  if (/ [:;?!]/.test(text)) faults.push('plain space before : ; ? or !');
  if (/[^ \u00a0\u202f][:;?!](\s|$)/.test(text.replace(/https?:\/\/\S+/g, ''))) {
    faults.push('no space before : ; ? or !');
  }
  if (/« |«[^\u00a0\u202f]| »|[^\u00a0\u202f]»/.test(text))
    faults.push('« » without non-breaking spaces');
  if (/'/.test(text)) faults.push('straight apostrophe');
  return faults;
}

const texts = (m: unknown): string[] =>
  typeof m === 'string' ? [m] : Object.values(m as Record<string, string>);

describe('French typography', () => {
  it('the checked messages have non-breaking spaces and curly apostrophes', () => {
    for (const [key, message] of Object.entries(fr)) {
      if (!CHECKED.test(key)) continue;
      for (const text of texts(message))
        expect(typographyFaults(text), `${key}: ${text}`).toEqual([]);
    }
  });
  it('finds each fault (the check can fail)', () => {
    expect(typographyFaults('Données : x')).toHaveLength(1);
    expect(typographyFaults('Données: x')).toHaveLength(1);
    expect(typographyFaults('« x »')).toHaveLength(1);
    expect(typographyFaults("l'import")).toHaveLength(1);
    expect(typographyFaults('Données\u00a0: «\u00a0x\u00a0» l’import')).toEqual([]);
  });
});
