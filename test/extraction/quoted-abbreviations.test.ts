import { describe, expect, it } from 'vitest';
import { termAbbreviations } from '../../src/extraction/ner/term-abbreviations.js';

const of = (text: string) => [...termAbbreviations([{ words: text.split(' '), shouted: false }])];

describe('abbreviations of terms defined in quotation marks', () => {
  it.each([
    ['curly quotes around a capitalised term', 'Orvane sells its Client Insight Platform ( “ CIP ” ) to banks', ['CIP', 'Client Insight Platform']],
    ['straight quotes around a lower-case term', 'the net asset value ( " NAV " ) fell', ['NAV']],
    ["a company's short name is no term", 'Kelvora Data Holdings ( “ KDH ” ) said', []],
    ['an opening quote alone', 'the net asset value ( “ NAV ) fell', []],
  ])('%s', (_name, text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
