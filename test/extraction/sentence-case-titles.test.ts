import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extraction/index.js';

const headlineEntities = (text: string) =>
  extractDocuments([{ kind: 'headline', text }])
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a headline in sentence case', () => {
  it.each([
    ['a chief named after the verb of hiring', 'Quorvex names Simon Trellick as chief executive', ['Company:Quorvex', 'Person:Simon Trellick']],
    ['a company opening the headline in two words', 'Kestrel Nordvik CEO to step down after share slump', ['Company:Kestrel Nordvik']],
    ["a person's surname before a possessive", "Netflix shareholders approve Trellick's $1 billion pay package", ['Company:Netflix', 'Person:Trellick']],
    ['no name in a month', 'Kelvoran reserves 375.9 billion crowns end Jan - official', []],
    ['the place a headline opens with stays a place', 'U.K. Shares fall further on bank lending data', ['Location:U.K.']],
  ])('%s', (_name, text, entities) => {
    expect(headlineEntities(text)).toEqual(entities);
  });
  it('leads the company to the chief it names', () => {
    const doc = extractDocuments([{ kind: 'headline', text: 'Quorvex names Simon Trellick as chief executive' }]);
    expect(doc.relations.filter((r) => r.type === 'LEADS').map((r) => `${r.source} -> ${r.target}`)).toEqual(['person:simon-trellick -> company:quorvex']);
  });
});
