import { describe, expect, it } from 'vitest';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { isPlainTitlePhrase, isTitleCased, titleRunTokens } from '../../src/extraction/ner/title-runs.js';

/** The words of a sentence that lie in a title-case run, the others as "_". */
const runOf = (text: string) => {
  const words = text.split(' ');
  return titleRunTokens(words).map((inRun, k) => (inRun ? words[k] : '_')).join(' ');
};

describe('title-case runs in prose', () => {
  it.each([
    ['a headline with a capitalised small word, run into prose', 'Latest Why Pumps Are Getting Dearer prices rose', 'Latest Why Pumps Are Getting Dearer _ _'],
    ['a long run closed by a small word', 'Seven Quiet Habits For Building Lasting Wealth Most savers wait', 'Seven Quiet Habits For Building Lasting Wealth Most _ _'],
    ['a name in prose, small words lower-case', 'the Bank of the North and South Trust said', '_ _ _ _ _ _ _ _ _'],
    ['a short name before a sentence opened by a small word', 'Kelvora Steel Works As buyers waited prices rose', '_ _ _ _ _ _ _ _'],
  ])('%s', (_name, text, expected) => {
    expect(runOf(text)).toBe(expected);
  });
});

describe('plain phrases of a title', () => {
  const model = defaultNerModel();
  const plain = (text: string) => isPlainTitlePhrase(model, text.split(' '), 0, text.split(' ').length);
  it.each([
    ['everyday words and a small word', 'Habits For Building Lasting Wealth', true],
    ['a place among the words', 'Bank of America', false],
    ['a nationality among the words', 'British Tobacco', false],
    ['a company head', 'General Motors', false],
    ['a word no dictionary has', 'Kelvora Steel', false],
  ])('%s', (_name, text, expected) => {
    expect(plain(text)).toBe(expected);
  });
});

describe('title-cased sentences', () => {
  it.each([
    ['a headline', 'Orvane Weighs Sale of Drone Unit', true],
    ['a headline with one small word in lower case', 'Orvane Robotics Eyes Growth in Kelvoria', true],
    ['prose', 'Orvane said on Monday that it would weigh a sale .', false],
    ['a short line', 'Orvane Rises', false],
  ] as const)('%s', (_name, text, expected) => {
    expect(isTitleCased(text.split(' '))).toBe(expected);
  });
});
