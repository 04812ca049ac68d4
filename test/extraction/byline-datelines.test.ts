import { describe, expect, it } from 'vitest';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { splitAtBylines } from '../../src/extraction/ner/byline-breaks.js';
import { markedSpans, spanLabels } from './harness.js';

const split = (text: string) => {
  const { words, spans } = markedSpans(text);
  return spanLabels(words, splitAtBylines(defaultNerModel(), words, spans));
};

describe('a byline run into the dateline after it', () => {
  it.each([
    ['the capitals are cut off the writer', 'By [ORG Dana Whitlow NEW YORK ] ( Reuters ) - Stocks rose', ['PER:Dana Whitlow']],
    ['after a credit line in lower case', 'Reporting by [ORG Dana Whitlow LONDON ] ; editing by Jo Reyes', ['PER:Dana Whitlow']],
    ['inside a heading run into the byline', '[ORG Orvane Closes Round By Dana Whitlow NEW YORK ] ( Reuters )', ['ORG:Orvane Closes Round', 'PER:Dana Whitlow']],
    ['no capitals after the name', 'By [ORG Dana Whitlow ] ( Reuters )', ['ORG:Dana Whitlow']],
    ['a paper after "by" is no writer', 'a report by [ORG Kestrel Daily NEWS ] said', ['ORG:Kestrel Daily NEWS']],
  ] as [string, string, string[]][])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
