import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extraction/sentence-reading.js';

describe('parseNumber', () => {
  it.each([
    ['43.05', 43.05],
    ['1,200', 1200],
    ['1-1/8', 1.125],
    ['7', 7],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'pct', 'Q3', '-5', '.5', '12a', '3-4', '1,2x'])('reads %j as no number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});
