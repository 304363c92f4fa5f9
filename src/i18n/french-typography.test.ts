/** Every French UI string as a French editor sets it: curly apostrophes, and the non-breaking
 * spaces French typography puts before « : ; ? ! » and inside guillemets. */
import { describe, expect, it } from 'vitest';
import { fr } from './fr';

function problems(text: string): string[] {
  const found: string[] = [];
  if (text.includes("'")) found.push('straight apostrophe');
  if (/ [:;?!»]/.test(text) || /« /.test(text)) found.push('plain space by a sign');
  if (/\S[:;?!»]/u.test(text.replace(/\{\w+\}[:;]/g, '').replace(/https?:/g, ''))) {
    found.push('no space before a sign');
  }
  return found;
}

describe('French typography', () => {
  it('every French message follows it', () => {
    const bad: string[] = [];
    for (const [key, message] of Object.entries(fr)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) for (const why of problems(text)) bad.push(`${key}: ${why}`);
    }
    expect(bad).toEqual([]);
  });

  it('the check catches what it should', () => {
    expect(problems('Fond de carte : Natural Earth')).not.toEqual([]);
    expect(problems('Impossible de charger « {layer} »')).not.toEqual([]);
    expect(problems("Coup d'État")).not.toEqual([]);
    expect(problems('Réessayer ?')).not.toEqual([]);
    expect(problems('Fond de carte\u00a0: Natural Earth')).toEqual([]);
  });
});
