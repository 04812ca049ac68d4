import { describe, expect, it } from 'vitest';
import { kindAbbreviations } from '../../src/extraction/ner/kind-abbreviations.js';

const of = (text: string) => [...kindAbbreviations([{ words: text.split(' '), shouted: false }])];

describe('abbreviations used as common nouns', () => {
  it.each([
    ['a plural', 'savers may hold two KSAs at once', ['KSA']],
    ['after "an", before punctuation', 'if you open an RSP , tell the bank', ['RSP']],
    ['after "a", before a word that ends a phrase', 'buy a TLP like this one', ['TLP']],
    ['after a lower-case term and ", or"', 'the life extension plan , or " LEP " begins', ['LEP']],
    ['a body before a noun it modifies', 'an ORVA engineer said a NASA probe failed', []],
    ['a body as subject', 'ORVA said sales rose', []],
  ])('%s', (_name, text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
