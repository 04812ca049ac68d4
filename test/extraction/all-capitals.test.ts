import { describe, expect, it } from 'vitest';
import { isAllCapitals } from '../../src/extraction/ner/token-features.js';

describe('isAllCapitals', () => {
  it.each([
    ['POEHL SAYS', true],
    ['S&P 500', true],
    ['', true],
    ['Acme Corp', false],
    ['ACME Inc', false],
    ['ÉLYSÉE', true],
    ['Élysée', false],
    ['STRAßE', false],
  ])('%j is written all in capitals: %s (as text === text.toUpperCase())', (text, expected) => {
    expect(isAllCapitals(text)).toBe(expected);
    expect(isAllCapitals(text)).toBe(text === text.toUpperCase());
  });
});
