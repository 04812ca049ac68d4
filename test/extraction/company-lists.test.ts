import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** Every name mention of the text as "Type:words", in order. */
function mentions(text: string): string[] {
  const analysed = analyseDocument({ id: 'd', kind: 'article', text });
  return analysed.sentences.flatMap((s) => s.mentions.map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`));
}

describe('a name in a list of companies', () => {
  it.each([
    ['a firm named for people between firms', 'The offering is managed by Orvane Securities Inc, Hartley Pembroke and Quillmere Capital Corp.', 'Company:Hartley Pembroke'],
    ['a firm named for people in a list of underwriters', 'Underwriters include Globex Corp, Kessler Brandt and Initech Inc.', 'Company:Kessler Brandt'],
  ])('is a company: %s', (_name, text, mention) => {
    expect(mentions(text)).toContain(mention);
  });

  it.each([
    ["part of a person's longer name in the story", 'Peter Hale said Globex Corp, Initech Inc and Hale would bid.', 'Person:Hale'],
    ['starting as a company of the story does without being its short form', 'Globex Strider, Globex Corp and Initech Inc were shown at the fair.', 'Person:Globex Strider'],
    ['in a list of brands, none written as a firm', 'Sling TV, Hulu and Marcus Vane carry the channel.', 'Person:Marcus Vane'],
  ])('keeps its type when %s', (_name, text, mention) => {
    expect(mentions(text)).toContain(mention);
  });
});
