import { describe, expect, it } from 'vitest';
import { isWellKnownPlace } from '../../src/extraction/ner/well-known-places.js';

describe('well-known places', () => {
  it.each([
    ['a country by its display name', 'Germany', true],
    ['a country by the name news uses', 'Myanmar', true],
    ['a US state of two words', 'New York', true],
    ['a state in capitals', 'PENNSYLVANIA', true],
    ['an older country name', 'Turkey', true],
    ['a country by its initials', 'UK', true],
    ['a country by its dotted initials', 'U.S.', true],
    ['a grouping of countries', 'European Union', false],
    ['a city that names a time zone', 'Chicago', true],
    ['a city of two words that names a time zone', 'Sao Paulo', true],
    ['a city in capitals', 'TOKYO', true],
    ['a capital news writes for its government, naming no time zone', 'Beijing', true],
    ['a town no time zone is named after', 'Ashby', false],
    ['a dictionary word that names a time zone', 'Christmas', false],
    ['a company', 'Initech', false],
  ])('%s', (_name, text, expected) => {
    expect(isWellKnownPlace(text)).toBe(expected);
  });
});
