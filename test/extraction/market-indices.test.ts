import { describe, expect, it } from 'vitest';
import { isMarketIndex } from '../../src/extraction/ner/market-indices.js';

/** Words of an invented sentence, the span being the words between [ and ]. */
function check(text: string): boolean {
  const words = text.split(' ');
  const start = words.indexOf('[');
  const end = words.indexOf(']');
  const rest = [...words.slice(0, start), ...words.slice(start + 1, end), ...words.slice(end + 1)];
  return isMarketIndex(rest, { sentence: 0, start, end: end - 1, label: 'ORG' });
}

describe('market indices', () => {
  it.each([
    ['a name before its size', 'the [ Stoxx ] 600 rose', true],
    ['a size inside the span', 'the [ Nasdaq 100 ] rose', true],
    ['a list with its size', 'firms of the [ Fortune ] 500 list', true],
    ['an index name alone', "Germany 's [ DAX ] slipped", true],
    ['one word before "index"', 'the [ Nikkei ] index fell', true],
    ['a company before a percentage', 'the [ Initech ] 50 % stake', false],
    ['a company before a figure with thousands', '[ Initech ] 35 , 000 staff', false],
    ['a team before its points in a table', '[ Globex ] 20 points', false],
    ['an exchange before "index"', 'the [ Pacific Stock Exchange ] index fell', false],
    ['a company before a model number', 'the [ Globex ] 737 jet', false],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toBe(expected);
  });
});
