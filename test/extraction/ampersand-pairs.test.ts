import { describe, expect, it } from 'vitest';
import { splitAmpersandPairs } from '../../src/extraction/ner/ampersand-pairs.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerSpan } from '../../src/extraction/ner/recognise-mentions.js';

const split = (text: string, start: number, end: number) => {
  const words = text.split(' ');
  const spans: NerSpan[] = [{ sentence: 0, start, end, label: 'ORG' }];
  return splitAmpersandPairs(defaultNerModel(), words, true, spans).map((s) => words.slice(s.start, s.end).join(' '));
};

describe('ampersand pairs', () => {
  it.each([
    ['initials before two listed words', 'Q&R Time Warner Merger Talks', 0, 3, ['Q&R', 'Time Warner']],
    ['initials before one word of their own name', 'Q&R Mobility Raises Prices', 0, 2, ['Q&R Mobility']],
    ["initials before a company's head", 'Q&R Global Group Rises', 0, 3, ['Q&R Global Group']],
    ["an index maker's name", 'Q&R Dow Jones Indices Adds Stocks', 0, 4, ['Q&R Dow Jones Indices']],
  ] as const)('%s', (_name, text, start, end, expected) => {
    expect(split(text, start, end)).toEqual(expected);
  });
});
