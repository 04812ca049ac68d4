import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { edgesOf, relation } from './harness.js';

/** A market index named in the text: its entity, by canonical name. */
function indexNamed(text: string, name: string) {
  return extract(text).entities.find((e) => e.type === 'MarketIndex' && e.name === name);
}

describe('market indices', () => {
  it.each([
    ['a ticker in brackets', 'The S&P 500 ( SPX ) rose 0.4 % on Tuesday .', 'S&P 500', ['S&P 500', 'SPX']],
    ['the nickname of the Dow', 'The Dow fell 1.2 % on Friday .', 'Dow Jones Industrial Average', ['Dow']],
    ['a long form with "index"', "The Standard & Poor 's 500 index slipped 0.3 % .", 'S&P 500', ["Standard & Poor 's 500 index"]],
    ['an epithet before the Nasdaq', 'The tech-heavy Nasdaq gained 1.1 % .', 'Nasdaq Composite', ['Nasdaq']],
    ["an index maker's longer name", 'The NYSE Arca Airline Index ( XAL ) slipped 0.4 % .', 'NYSE Arca Airline Index', ['XAL']],
    ['a bare ticker with its quote', 'Since March the S&P 500 SPX , -1.2 % slipped 3.1 % .', 'S&P 500', ['SPX']],
    ["the Nikkei's share average", "Japan 's Nikkei share average climbed 1.9 % on Friday .", 'Nikkei 225', ['Nikkei share average']],
    ['a Latin American index', "Brazil 's Bovespa index fell 2 % on Monday .", 'Bovespa', ['Bovespa']],
  ])('names %s with its canonical name and the written forms', (_name, text, canonical, aliases) => {
    const index = indexNamed(text, canonical);
    expect(index).toBeDefined();
    expect(index!.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it.each([
    ['a company named like an index', 'Dow Chemical rose 3 % on Monday .', 'Dow Jones Industrial Average'],
    ['the exchange a company lists on', 'Globex Corp is listed on the Nasdaq and the NYSE .', 'Nasdaq Composite'],
    ['a bank named for an index', 'Hang Seng Bank Ltd rose 2 % in Hong Kong .', 'Hang Seng Index'],
    ['a publisher', 'Dow Jones reported the news on Monday .', 'Dow Jones Industrial Average'],
  ])('does not take %s for an index', (_name, text, canonical) => {
    expect(indexNamed(text, canonical)).toBeUndefined();
  });
});

describe('index moves', () => {
  it('moves an index by a percentage, with the level it reached', () => {
    const result = extract('The S&P 500 rose 0.4 % to 2,400.98 on Tuesday .');
    const move = relation(result, 'MOVED_BY', 'marketindex:s-and-p-500');
    expect(move?.properties).toEqual({ direction: 'UP', changePct: 0.4, level: 2400.98 });
  });

  it('moves an index by points alone', () => {
    const move = relation(extract('The Dow Jones Industrial Average fell 120 points on Friday .'), 'MOVED_BY', 'marketindex:dow-jones-industrial-average');
    expect(move?.properties).toEqual({ direction: 'DOWN', points: 120 });
  });

  it('moves an index without a figure when its verb takes no object', () => {
    expect(edgesOf('Late on Friday the Dow Jones Industrial Average jumped to a record .')).toContainEqual(
      expect.stringMatching(/^MOVED_BY marketindex:dow-jones-industrial-average -> event:/),
    );
  });

  it('moves an index that posted a gain', () => {
    const move = relation(extract('The S&P 500 posted a 2 % gain on Monday .'), 'MOVED_BY', 'marketindex:s-and-p-500');
    expect(move?.properties).toMatchObject({ direction: 'UP', changePct: 2 });
  });

  it('names the sector of an S&P index after the index', () => {
    expect(indexNamed('The S&P technology sector rose 2 % on Friday .', 'S&P 500 Technology')?.aliases).toContain('S&P technology sector');
  });

  it('keeps a bare index name moving by a figure an index, not a company', () => {
    expect(extract('Dow rose 3 % on Monday .').entities.filter((e) => e.type === 'Company')).toEqual([]);
  });

  it('gives the cause the text names', () => {
    expect(edgesOf('The tech-heavy Nasdaq Composite gained 1.1 % after the Federal Reserve held rates .')).toContain(
      'MOVED_BY marketindex:nasdaq-composite -> organization:federal-reserve',
    );
  });

  it("moves each index of a comparison, and the company's stock, each on its own", () => {
    const edges = edgesOf("Globex Corp 's stock has gained 7.2 % this year , while the PHLX Semiconductor Index has rallied 31 % and the S&P 500 rose 4.4 % since May .");
    for (const subject of ['company:globex', 'marketindex:phlx-semiconductor-index', 'marketindex:s-and-p-500']) {
      expect(edges).toContainEqual(expect.stringMatching(new RegExp(`^MOVED_BY ${subject} -> event:`)));
    }
  });

  it.each([
    ['a run up', 'Globex Corp fell 2 % , while the PHLX Semiconductor Index has run up 18 % this year .', 'marketindex:phlx-semiconductor-index'],
    ['a move of the index itself', 'By Friday the Dow itself is up 3 % from last month .', 'marketindex:dow-jones-industrial-average'],
    ['a rise named by a noun', 'Globex Corp shares climbed 9 % , against a 2.1 % rise in the S&P 500 .', 'marketindex:s-and-p-500'],
    ['a move something sent it on', 'Hopes for lower rates pushed the Nasdaq up 4 % last month .', 'marketindex:nasdaq-composite'],
    ['a phrase of "with"', 'Globex Corp rose 2 % , with the S&P 500 now up nearly 6 % this year .', 'marketindex:s-and-p-500'],
    ['a sector index', 'The S&P 500 energy sector index slipped 1.3 % on Monday .', 'marketindex:s-and-p-500-energy'],
    ['a sentence naming it again by what it is', 'The Nasdaq Composite set a record on Friday . For the week , the benchmark rose 2.6 % .', 'marketindex:nasdaq-composite'],
  ])('moves an index in %s', (_name, text, subject) => {
    expect(edgesOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^MOVED_BY ${subject} -> event:`)));
  });

  it.each([
    ['debts run up', 'Globex Corp ran up debts of $ 2 billion .'],
    ['an index that added a company to its members', 'The S&P 500 added Globex Corp on Monday .'],
    ['an economic index', 'The Consumer Price Index rose 0.3 % in May .'],
    ['a forecast', 'Strategists said the S&P 500 could rise 10 % next year .'],
    ['futures on an index', 'A 1 % rise in the S&P 500 futures came before the open .'],
  ])('finds no move in %s', (_name, text) => {
    expect(edgesOf(text).filter((e) => e.startsWith('MOVED_BY'))).toEqual([]);
  });

  it('reads no economic index named after a market index as that index again', () => {
    const moves = edgesOf('The Dow fell 1 % . Separately , the index of leading indicators rose 0.3 % .').filter((e) => e.startsWith('MOVED_BY'));
    expect(moves).toEqual([expect.stringMatching(/^MOVED_BY marketindex:dow-jones-industrial-average -> event:/)]);
  });

  it('never makes an index the cause of a company move it is compared with', () => {
    const edges = edgesOf('Globex Corp shares rose 3 % , outpacing the S&P 500 , which gained 0.2 % .');
    expect(edges.filter((e) => e.startsWith('MOVED_BY company:globex -> marketindex'))).toEqual([]);
    expect(edges).toContainEqual(expect.stringMatching(/^MOVED_BY marketindex:s-and-p-500 -> event:/));
  });

  it('gives an index no benefit from a policy that moved it', () => {
    const edges = edgesOf('The S&P 500 rose 1 % after the government extended its electric vehicle tax credit .');
    expect(edges).toContainEqual(expect.stringMatching(/^MOVED_BY marketindex:s-and-p-500 -> policy:/));
    expect(edges.filter((e) => e.startsWith('BENEFITS_FROM'))).toEqual([]);
  });
});
