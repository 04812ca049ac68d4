import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract } from '../../src/extraction/index.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

const LIST = 'Other makers are higher , including Orvane O , Quillmere QLM , and Tarnwell TRNW .';

describe('bare tickers written after the names of a list', () => {
  it('cuts each ticker from its name', () => {
    expect(names(LIST).filter((n) => !/:(?:O|QLM|TRNW)$/.test(n))).toEqual(['Company:Orvane', 'Company:Quillmere', 'Company:Tarnwell']);
  });
  it('gives each company its ticker, a single letter too', () => {
    const tickers = Object.fromEntries(extract(LIST).entities.map((e) => [e.name, e.properties?.['ticker']]));
    expect(tickers).toMatchObject({ Orvane: 'O', Quillmere: 'QLM', Tarnwell: 'TRNW' });
  });
});
