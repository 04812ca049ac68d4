import { describe, expect, it } from 'vitest';
import { kindAbbreviations } from '../../src/extraction/ner/kind-abbreviations.js';

const of = (text: string) => [...kindAbbreviations([{ words: text.split(' '), shouted: false }])];

describe('abbreviations used as common nouns', () => {
  it.each([
    ['a plural', 'savers may hold two KSAs at once', ['KSA']],
    ['after "an", before punctuation', 'if you open an RSP , tell the bank', ['RSP']],
    ['after "a", before a word that ends a phrase', 'buy a TLP like this one', ['TLP']],
    ['after a lower-case term and ", or"', 'the life extension plan , or " LEP " begins', ['LEP']],
    ['a measure after "an" and its modifier, before its signed value', 'Orvane has an Earnings QSR of + 1.72 %', ['QSR']],
    ['a measure before an unsigned value', 'it has a Kelso QSR of 3.1 points', ['QSR']],
    ['a body after "a" and a word, before "of" and no figure', 'a Kelso ORVA of old', []],
    ['a body before a noun it modifies', 'an ORVA engineer said a NASA probe failed', []],
    ['a body as subject', 'ORVA said sales rose', []],
  ])('%s', (_name, text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
