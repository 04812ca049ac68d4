import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { describeEdgeRows, relation, type EdgeRow } from './harness.js';

// Holdings and investments told in more ways: one row per behaviour, invented text.
const present: EdgeRow[] = [
  ['a stake named by the company before the noun', 'Orvane Corp raised its Tarnwell Inc stake again in the quarter .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['an investment in a clause sharing the sentence\'s subject', 'Orvane Corp reported results , and last month agreed to invest $ 2 billion in Tarnwell Inc .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a holding in "pct"', 'Pellworth Holdings said it now owns 5.1 pct of Tarnwell Inc common stock .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['a holding in a relative clause', 'Pellworth Holdings , which already holds 19.9 pct of Tarnwell Inc , said it would bid .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['shares acquired, told to a regulator', 'Pellworth Holdings told the Ruritanian Markets Authority it has acquired 258,500 shares of Tarnwell Inc .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['shares bought, counted in millions', 'Pellworth Holdings said it bought 1.2 mln common shares of Tarnwell Inc , about 5 pct of its stock .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['two investors joined by "and"', 'Pellworth Holdings and Vandelay Capital invested $ 100 million in Tarnwell Inc .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ["a holder's stake", "Pellworth Holdings ' rival said Vandelay Capital 's 20 % stake in Tarnwell Inc is worth $ 1 billion .", 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a stake raised, told by a pronoun', 'Vandelay Capital doubled its stake in Tarnwell Inc last quarter .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ["each investor a company's investors include", "Tarnwell Inc 's investors include Vandelay Capital and Pellworth Holdings .", 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['investors included in a relative clause', 'Tarnwell Inc , whose backers include Vandelay Capital , opened a lab .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['an investor among others', 'Vandelay Capital was among the investors in Tarnwell Inc .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a round closed, led by an investor', 'Tarnwell Inc closed a $ 50 million Series B round led by Vandelay Capital .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a series announced, led by an investor', 'Tarnwell Inc announced a $ 50 million Series C led by Vandelay Capital .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['funding received from an investor', 'Tarnwell Inc received $ 50 million in funding from Vandelay Capital .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['shares bought, the company named before them', 'Pellworth Holdings said it bought 362,700 Tarnwell Inc common shares last month .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['money poured in, with a hedge before the amount', 'Vandelay Capital has poured more than $ 13 billion into Tarnwell Inc .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a stake sized after "of"', 'Vandelay Capital has built a stake of about 1.5 % in Tarnwell Inc .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['backers of a company named before "is backed by"', 'Tarnwell Inc is backed by Vandelay Capital and Pellworth Holdings .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ["money spent on a company's shares", 'Vandelay Capital bought $ 50 million of Tarnwell Inc shares .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['an investee named after a description of what it is', 'Vandelay Capital has invested $ 30 million in artificial intelligence startup Tarnwell Labs .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell-labs'],
  ['a backer taking part in a round led by another', 'Tarnwell Inc raised $ 90 million in a Series C round led by Vandelay Capital , with participation from Pellworth Holdings and Orvane Ventures .', 'INVESTS_IN company:orvane-ventures -> company:tarnwell'],
  ['a backer described before its name, taking part in a round', 'Vandelay Capital led a $ 40 million funding round in Tarnwell Inc , with participation from existing investors Pellworth Holdings .', 'INVESTS_IN company:pellworth -> company:tarnwell'],
  ['a round named by its series alone', 'Vandelay Capital led a $ 300 million Series D in Tarnwell Inc .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a stake held already, to be raised', 'Vandelay Capital plans to raise its stake in Tarnwell Inc to 4 pct .', 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
];

const absent: EdgeRow[] = [
  ['a company describing the holder', 'Ravi Sundaran , chairman of Pellworth Holdings , holds 16.2 pct of Tarnwell Inc .', 'INVESTS_IN company:pellworth'],
  ['shares bought back', 'Tarnwell Inc said it bought 1.2 mln shares of its own stock .', 'INVESTS_IN'],
  ["a holder's stake bought by another", "Pellworth Holdings bought Vandelay Capital 's 20 % stake in Tarnwell Inc .", 'INVESTS_IN company:vandelay-capital'],
  ["a holder's stake to be held by another", "A new company will hold Vandelay Capital 's 20 % stake in Tarnwell Inc .", 'INVESTS_IN company:vandelay-capital'],
  ['a stake spun off', 'Vandelay Capital gave details of the spin-off of its 80 % stake in Tarnwell Inc .', 'INVESTS_IN'],
  ['former investors listed', "Tarnwell Inc 's former investors include Vandelay Capital .", 'INVESTS_IN'],
  ['a round led by an investor, the company far before', 'Tarnwell Inc , whose rivals have struggled for years to find backers and customers alike , watched a round led by Vandelay Capital .', 'INVESTS_IN'],
  ['a payment received', 'Tarnwell Inc received $ 33 million upfront from Vandelay Capital .', 'INVESTS_IN'],
  ['a whole stake sold, its size told between', 'Vandelay Capital has sold its entire 8 % stake in Tarnwell Inc .', 'INVESTS_IN'],
  ['an investment ruled out', 'Vandelay Capital has no plans to invest in Tarnwell Inc .', 'INVESTS_IN'],
  ['an investment only planned', 'Vandelay Capital plans to invest $ 2 billion in Tarnwell Inc .', 'INVESTS_IN'],
  ['money spent on buying back its own stock', 'Tarnwell Inc said it would buy $ 50 million of its own stock .', 'INVESTS_IN'],
  ['a loan secured', 'Tarnwell Inc secured a $ 1 billion loan from Vandelay Capital .', 'INVESTS_IN'],
  ['a bid backed by a company', 'The bid for Tarnwell Inc is backed by Vandelay Capital .', 'INVESTS_IN'],
  ['project funding received', 'Tarnwell Inc received a commitment for $ 90 million of project funding from Vandelay Capital .', 'INVESTS_IN'],
  ['a pronoun resolved to the owner named after "owned by"', 'Kestrel Mills , which is owned by Vandelay Capital , said it bought 65,000 Tarnwell Inc common shares .', 'INVESTS_IN company:vandelay-capital'],
];

describeEdgeRows('investments', present, absent);

describe('investment amounts', () => {
  it('gives a holding told in a set-off clause none of the money spent after the clause', () => {
    const result = extract('Orvane Corp , which owns 60 % of Tarnwell Inc , invested $ 30 million in Quillmere Labs .');
    expect(relation(result, 'INVESTS_IN', 'company:orvane', 'company:tarnwell')?.properties).toEqual({ stake: 60 });
  });
  it('gives a stake the holding reached, told after a stake named by its company', () => {
    const result = extract('Orvane Corp raised its Tarnwell Inc stake to 12 % .');
    expect(relation(result, 'INVESTS_IN', 'company:orvane', 'company:tarnwell')?.properties).toEqual({ stake: 12 });
  });
  it('gives a stake the holding reached, told after the company', () => {
    const result = extract('Orvane Corp raised its stake in Tarnwell Inc to 28 % .');
    expect(relation(result, 'INVESTS_IN', 'company:orvane', 'company:tarnwell')?.properties).toEqual({ stake: 28 });
  });
});
