import { describe, expect, it } from 'vitest';
import { isBusinessAbbreviation } from '../../src/extraction/ner/business-abbreviations.js';

describe('business abbreviations', () => {
  it.each([
    ['a role', 'CIO', true],
    ['a measure', 'EBITDA', true],
    ['a measure of an economy', 'GNP', true],
    ['one party to another', 'B2C', true],
    ['a kind of investor', 'VC', true],
    ['a kind of product', 'TV', true],
    ['a way of selling software', 'SaaS', true],
    ['an organisation', 'NATO', false],
    ['a ticker-like code', 'ORVN', false],
  ])('%s', (_name, word, expected) => {
    expect(isBusinessAbbreviation(word)).toBe(expected);
  });
});
