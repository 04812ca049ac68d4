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

describe('a word the tagger takes for a place it never learnt', () => {
  it.each([
    ['the buyer of what is sold', 'Orvane agreed to sell the pipeline unit to Stonepeak for $ 2 billion .', 'Stonepeak', ['Company']],
    ['managing money', 'Stonepeak , which manages $ 70 billion , will invest in the port .', 'Stonepeak', ['Company']],
    ['a place the story puts people in', 'Residents of Wexcombe agreed to leave . Floods hit Wexcombe on Monday .', 'Wexcombe', ['Location', 'Location']],
  ])('%s', (_name, text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });
});
