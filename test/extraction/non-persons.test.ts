import { describe, expect, it } from 'vitest';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { isNoPerson } from '../../src/extraction/ner/non-persons.js';
import { collectEvidence } from '../../src/extraction/ner/token-features.js';

const model = defaultNerModel();

/** Is the word at `at` of the text, taken for a person, an ordinary word? */
function noPerson(text: string, at: number, surnames: string[] = []): boolean {
  const s = { words: text.split(' '), shouted: false };
  return isNoPerson(model, s, { sentence: 0, start: at, end: at + 1, label: 'PER' }, collectEvidence([s]), new Set(surnames));
}

describe('ordinary words taken for a person', () => {
  it.each([
    ['a dictionary word no name list holds', 'Online , the shop sold more', 0, [], true],
    ['a common word written lower-case elsewhere', 'readers click here . Click to open it', 4, [], true],
    ['a common word that is a surname in the story', 'readers click here . Click said no', 4, ['Click'], false],
    ['the plural of a nationality', 'Long lines of worried Greeks formed', 4, [], true],
    ['a surname that is also a word', 'Walker said sales rose', 0, [], false],
  ] as [string, string, number, string[], boolean][])('%s', (_name, text, at, surnames, expected) => {
    expect(noPerson(text, at, surnames)).toBe(expected);
  });
});
