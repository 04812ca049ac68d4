import { describe, expect, it } from 'vitest';
import { isFiscalPeriod } from '../../src/extraction/ner/fiscal-periods.js';

describe('fiscal periods', () => {
  it.each(['Q1', 'Q4', '3Q', '2Q17', '3Q2024', 'H1', '2H', '1H25', 'FY', 'FY24', 'FY2024', 'CY2023', 'Q4FY24', '9M'])('%s is a fiscal period', (w) => {
    expect(isFiscalPeriod(w)).toBe(true);
  });
  it.each(['Q5', 'Q', 'QVC', 'HP', 'H3', 'FYI', 'Sony', '5Q', 'FY202'])('%s is not', (w) => {
    expect(isFiscalPeriod(w)).toBe(false);
  });
});
