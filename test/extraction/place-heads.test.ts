import { describe, expect, it } from 'vitest';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { endsWithPlaceHead } from '../../src/extraction/ner/place-heads.js';
import type { NerLabel } from '../../src/extraction/ner/recognise-mentions.js';

describe('place heads', () => {
  it.each([
    ['a basin taken for a person', 'Kellow Basin', 'PER', true],
    ['a coast taken for a company', 'Amber Coast', 'ORG', true],
    ['a street taken for a company', 'Harrow Street', 'ORG', true],
    ['a person whose surname is a place word', 'Michael Bay', 'PER', false],
    ['one word alone', 'Basin', 'ORG', false],
    ['an island taken for a person, though a name list holds the word', 'Kelso Island', 'PER', true],
    ['a mount taken for a company', 'Mount Dorran', 'ORG', true],
    ['a mount opening a longer name', 'Mount Dorran Hospital', 'ORG', false],
    ['a company ending in another word', 'Bay Street Capital', 'ORG', false],
  ])('%s', (_name, text, label, expected) => {
    const words = text.split(' ');
    expect(endsWithPlaceHead(defaultNerModel(), words, { sentence: 0, start: 0, end: words.length, label: label as NerLabel })).toBe(expected);
  });
});

describe('streets and terminals', () => {
  it.each([
    ['a street after its house number', '90 Kellow Way', 1, true],
    ['a way with no house number', 'the Kellow Way', 1, false],
    ['a bus terminal', 'the Dorran Bus Terminal', 1, true],
    ['a highway', 'the Harrow Highway', 1, true],
  ])('%s', (_name, text, start, expected) => {
    const words = text.split(' ');
    expect(endsWithPlaceHead(defaultNerModel(), words, { sentence: 0, start, end: words.length, label: 'ORG' })).toBe(expected);
  });
});
