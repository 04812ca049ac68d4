import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';

/** "name = aliases" of the story's companies. */
function companies(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.type === 'Company')
    .map((e) => `${e.name} = ${e.aliases.join(' | ')}`);
}

describe('short names of other companies of a group', () => {
  it.each([
    [
      'a short name buying a stake in the longer name it leads',
      'Korvane said on Tuesday it would buy the remaining stake in Korvane Industries for $3 billion . Korvane Industries makes forklifts .',
      ['Korvane = Korvane', 'Korvane Industries = Korvane Industries'],
    ],
    [
      'a longer name owning part of the short one',
      'Halden Capital Partners said it owns 40 pct of Halden . Halden said sales rose .',
      ['Halden = Halden', 'Halden Capital Partners = Halden Capital Partners'],
    ],
    [
      "the short name's possessive before the longer one",
      "Quillmere said Quillmere's Quillmere Finance unit would sell bonds . Quillmere shares fell .",
      ['Quillmere = Quillmere', 'Quillmere Finance = Quillmere Finance'],
    ],
    [
      'a partnership of investors named for a company',
      'Brantwell Investors L.P. said it sold its Brantwell stake . Brantwell said sales rose .',
      ['Brantwell = Brantwell', 'Brantwell Investors L.P. = Brantwell Investors L.P.'],
    ],
    [
      "a short name beside its parent's name with a legal form and a unit's name with heads",
      'Velmora Industries Ltd said its retail arm Velmora Retail Ventures raised $ 1 billion . Velmora shares rose 1 % .',
      ['Velmora Industries Ltd = Velmora | Velmora Industries Ltd', 'Velmora Retail Ventures = Velmora Retail Ventures'],
    ],
    [
      'a company buying its own stock',
      'Korvane Industries Inc said it would issue warrants to purchase Korvane common .',
      ['Korvane Industries Inc = Korvane | Korvane Industries Inc'],
    ],
    [
      'a buyer that is no short name opening the sentence',
      'Trent Air said it would buy Korvane Airlines Inc . It later bid for Korvane .',
      ['Korvane Airlines Inc = Korvane | Korvane Airlines Inc', 'Trent Air = Trent Air'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(companies(text).sort()).toEqual(expected);
  });
});
