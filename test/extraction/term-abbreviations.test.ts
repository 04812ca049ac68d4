import { describe, expect, it } from 'vitest';
import { termAbbreviations } from '../../src/extraction/ner/term-abbreviations.js';

const of = (text: string) => [...termAbbreviations([{ words: text.split(' '), shouted: false }])];

describe('abbreviations of terms', () => {
  it.each([
    ['a term spelled by its words', 'firms file service organization control ( SOC ) reports', ['SOC']],
    ['small words left out', 'profit in earnings per share ( EPS ) rose', ['EPS']],
    ['a plural abbreviation', 'sales of exchange traded funds ( ETFs ) grew', ['ETFs']],
    ['a capitalised name, which is a body', 'the National Grain Board ( NGB ) said', []],
    ['letters the words do not spell', 'the bank said ( HSBC ) today', []],
    ['a capitalised term of dictionary words, with the term', 'firms buy Route Planning Desk ( RPD ) tools', ['RPD', 'Route Planning Desk']],
    ['a capitalised term with a small word left out', 'the Return on Assets ( RA ) rose', ['RA', 'Return on Assets']],
    ['a capitalised name with a chamber, which is a body', 'the Northern Trade Chamber ( NTC ) said', []],
    ['a capitalised name with a word no dictionary has', 'the Kelvora Data Unit ( KDU ) said', []],
  ])('%s', (_name, text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
