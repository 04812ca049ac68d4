import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** The types given to every mention written exactly as `name`. */
function typesOf(text: string, name: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric && s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ') === name).map((m) => m.cluster.type),
  );
}

describe('a place the story puts things in', () => {
  it('stays the place in every mention, though a longer name opens with it', () => {
    const text =
      'Land prices in Karrowby rose sharply last year . Buyers favour the Karrowby Dellmont Tarrin belt near the coast . Karrowby , also known as the river city , is a trading hub .';
    expect(typesOf(text, 'Karrowby')).toEqual(['Location', 'Location']);
  });
});
