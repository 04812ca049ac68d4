import { describe, expect, it } from 'vitest';
import { usedAsCompany } from '../../src/extraction/ner/company-cues.js';

const sentences = (text: string) => text.split(' | ').map((s) => ({ words: s.split(' '), shouted: false }));

describe('a name written as only a company is written', () => {
  it.each([
    ['the chief executive of it', 'Jo Reyes , chief executive of Vantrell Data , said costs rose .', 'Vantrell Data', true],
    ['its chief executive officer, written in full', 'Jo Reyes , chief executive officer of Vantrell Data , spoke .', 'Vantrell Data', true],
    ['bought by a company', 'Orvane said it acquired Vantrell Data of Leeds .', 'Vantrell Data', true],
    ['a place bought, described after a comma', 'Orvane agreed to acquire Portland , Ore.-based Kestrel Inc .', 'Portland', false],
    ['its takeover', 'The takeover of Vantrell Data was approved .', 'Vantrell Data', true],
    ['its analysts', 'Shares rose , Brackwell analysts said in a note .', 'Brackwell', true],
    ['a nationality before the noun of what is bought', 'Orvane plans to acquire Kelvoran rivals .', 'Kelvoran', false],
    ['the first word of a longer name after a role', 'Jo Reyes is founder of Kelvoran Wine Central .', 'Kelvoran', false],
    ['a person with a spokesman', 'A spokesman for Vantrell said so .', 'Vantrell', false],
    ['its chief executive officer named after it', 'Months after Vantrell Leisure chief executive officer Jo Reyes left , shares fell .', 'Vantrell Leisure', true],
    ["a person's chief of staff", 'Dana Whitlow chief of staff Jo Reyes spoke .', 'Dana Whitlow', false],
    ['a name run into the determiner of the next sentence', 'View Photo The chief executive of Vantrell spoke .', 'Photo The', false],
  ])('%s', (_name, text, name, expected) => {
    expect(usedAsCompany(sentences(text), name, true)).toBe(expected);
  });
});
