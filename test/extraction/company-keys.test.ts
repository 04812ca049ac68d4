import { describe, expect, it } from 'vitest';
import { companyKeyWords } from '../../src/extraction/name-normalisation.js';

// The key words a company's id and within-story matching are made of.
describe('company key words', () => {
  it.each([
    ['a legal suffix', 'Great Wall Motor Co Ltd', ['great', 'wall', 'motor']],
    ['a suffix joined by an ampersand, with its "and"', 'Kessler & Co.', ['kessler']],
    ['an ampersand inside the name', 'Procter & Gamble Co', ['procter', 'and', 'gamble']],
    ['a Danish company suffix written with a slash', 'Harlund Nordisk A/S', ['harlund', 'nordisk']],
    ['a Thai public company suffix', 'Orvane Exploration and Production Pcl', ['orvane', 'exploration', 'and', 'production']],
    ['a name that is only a suffix word', 'Group', ['group']],
  ])('drops %s', (_name, name, key) => {
    expect(companyKeyWords(name)).toEqual(key);
  });
});
