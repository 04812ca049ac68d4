import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe("the first word of a company's name closed by a company's head word", () => {
  it('is the company alone, whatever the tagger made of it', () => {
    const text = 'Toy maker Quillan Brands rose . Investors put some Quillan in their portfolios .';
    expect(names(text)).toEqual(['Company:Quillan Brands', 'Company:Quillan']);
  });
  it('keeps a legal form with everyday letters on the name', () => {
    const text = 'Tarvello SpA chairman Marco Bellini spoke . Tarvello said sales rose .';
    expect(names(text).filter((n) => n.startsWith('Company'))).toEqual(['Company:Tarvello SpA', 'Company:Tarvello']);
  });
});

describe('a company named by an everyday word opening a sentence', () => {
  it('is kept where the story names it in full', () => {
    const text = "Tokyo ( Reuters ) - Japan 's Steady Corp is set to post a loss . Steady has struggled with falling prices .";
    expect(names(text).filter((n) => n.includes('Steady'))).toEqual(['Company:Steady Corp', 'Company:Steady']);
  });
});
