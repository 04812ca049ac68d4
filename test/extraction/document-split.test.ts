import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extraction/sentence-split.js';
import { extract, splitDocuments } from '../../src/extraction/index.js';

const ARTICLE = 'Acme Corp said on Monday it agreed to buy Widget Inc for $ 2 billion.\nThe deal is expected to close in June.';
const HEADLINES = 'Globex Shares Slide After Earnings Miss\nInitech Appoints New Chief Executive\nUmbrella Corp Signs Supply Deal With Wayne Enterprises';

describe('splitDocuments', () => {
  it('keeps a lone article as one article document', () => {
    const docs = splitDocuments(ARTICLE);
    expect(docs.map((d) => d.kind)).toEqual(['article']);
    expect(docs[0]!.text).toBe(ARTICLE);
  });

  it('splits an article followed by a headline list into one article and one document per headline', () => {
    const docs = splitDocuments(`${ARTICLE}\n\n\n${HEADLINES}\n`);
    expect(docs.map((d) => d.kind)).toEqual(['article', 'headline', 'headline', 'headline']);
    expect(docs[1]!.text).toBe('Globex Shares Slide After Earnings Miss');
  });

  it('splits a list of headlines written in sentence case, under a label that is no document', () => {
    const list = 'More news:\nGlobex to buy remaining stake in Initech Systems\nOrvane shares hit record high on Quillmere supply deal\nTarnwell, Harlow form joint venture for delivery robots';
    const docs = splitDocuments(`${ARTICLE}\n\n${list}`);
    expect(docs.map((d) => d.kind)).toEqual(['article', 'headline', 'headline', 'headline']);
    expect(docs[1]!.text).toBe('Globex to buy remaining stake in Initech Systems');
  });

  it('keeps results tables and hard-wrapped prose in the article', () => {
    const table = 'Shr 12 cts vs 10 cts\nNet 1.2 mln vs 1.1 mln\nRevs 40.1 mln vs 38.2 mln';
    const wrapped = 'Globex Corp said on Monday that it\nAgreed to buy Initech Inc for cash\nAnd stock in a deal valued at $ 2 billion.';
    expect(splitDocuments(`${ARTICLE}\n\n${table}\n\n${wrapped}`).map((d) => d.kind)).toEqual(['article']);
  });

  it('keeps a title line and several paragraphs in the article', () => {
    const text = `ACME TO BUY WIDGET\n\n${ARTICLE}\n\nShares of Acme rose 3 % in New York.`;
    expect(splitDocuments(text).map((d) => d.kind)).toEqual(['article']);
  });

  it('derives ids from content, so the same text gets the same id anywhere in the file', () => {
    const a = splitDocuments(`${ARTICLE}\n\n${HEADLINES}`);
    const b = splitDocuments(`Another story entirely, told in prose.\n\n${HEADLINES}`);
    expect(a[1]!.id).toBe(b[1]!.id);
    expect(a[1]!.id).toMatch(/^doc-[0-9a-f]{12}$/);
    expect(new Set(a.map((d) => d.id)).size).toBe(a.length);
  });

  it('never attributes a headline fact to the article', () => {
    const result = extract(`${ARTICLE}\n\n${HEADLINES}`);
    const article = result.documents.find((d) => d.kind === 'article')!;
    for (const r of result.relations) {
      for (const e of r.evidence) {
        if (e.documentId === article.id) expect(article.text).toContain(e.sentence);
      }
    }
    const supply = result.relations.find((r) => r.type === 'PARTNERS_WITH');
    expect(supply?.evidence.every((e) => e.documentId !== article.id)).toBe(true);
  });
});

describe('sentence length', () => {
  it('cuts text without sentence ends into bounded pieces, keeping every token', () => {
    const text = 'ACME CORP SAID '.repeat(2000).trim();
    const sentences = splitSentences(text);
    expect(Math.max(...sentences.map((s) => s.tokens.length))).toBeLessThanOrEqual(250);
    expect(sentences.reduce((n, s) => n + s.tokens.length, 0)).toBe(6000);
  });

  it('keeps a hard-wrapped line full of names in its sentence, and still ends a title line', () => {
    const wrapped = '    Traders said that Globex Industries Chairman Jane\nDoe would visit Boston in May.\n    Acme Corp fell.';
    expect(splitSentences(wrapped).map((s) => wrapped.slice(s.start, s.end))).toEqual([
      'Traders said that Globex Industries Chairman Jane\nDoe would visit Boston in May.',
      'Acme Corp fell.',
    ]);
    const bracket = 'Globex Corp <GLBX.N> and <Initech Travel\nPlc> said terms were agreed.';
    expect(splitSentences(bracket)).toHaveLength(1);
    const role = 'Globex Industries Inc chairman William\nDoe said the board met.';
    expect(splitSentences(role)).toHaveLength(1);
    const initial = 'Globex said its president William R.\nDoe will retire.';
    expect(splitSentences(initial)).toHaveLength(1);
    const titled = 'Globex Shares Slide After Earnings Miss\nThe company said sales fell.';
    expect(splitSentences(titled)).toHaveLength(2);
  });

  it('leaves ordinary sentences whole', () => {
    expect(splitSentences('Acme Corp said on Monday that sales rose. Globex Inc fell 2 %.')).toHaveLength(2);
  });
});
