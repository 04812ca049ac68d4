import { describe, expect, it } from 'vitest';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';
import { cutAtTitleVerbs, storySurnames } from '../../src/extraction/ner/title-verbs.js';

const cut = (text: string, start: number, end: number, label: NerLabel) => {
  const words = text.split(' ');
  const spans: NerSpan[] = [{ sentence: 0, start, end, label }];
  return cutAtTitleVerbs(words, spans).map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
};

describe('title verbs', () => {
  it.each([
    ['a verb ends the name, its object is a run of its own', 'Orvane Labs Eyes Zephyr Motors', 0, 5, 'ORG', ['ORG:Orvane Labs', 'ORG:Zephyr Motors']],
    ['a verb closing a longer run', 'Orvane Labs Continues', 0, 3, 'ORG', ['ORG:Orvane Labs']],
    ['a verb closing a run of two words', 'Orvane Continues', 0, 2, 'ORG', ['ORG:Orvane']],
    ['two verbs in one run', 'Orvane Mulls Bid Extends Talks', 0, 5, 'ORG', ['ORG:Orvane', 'ORG:Bid', 'ORG:Talks']],
    ['a verb right before the last word', 'Orvane Mulls Bid', 0, 3, 'ORG', ['ORG:Orvane', 'ORG:Bid']],
    ['a name ending in a word that is no verb of ours', 'Marlow Works Partners', 0, 3, 'ORG', ['ORG:Marlow Works Partners']],
    ["a thing's title keeps its verb", 'The Empire Strikes Back', 0, 4, 'MISC', ['MISC:The Empire Strikes Back']],
    ["a person's surname that is such a verb", 'Harold Sells Weighs Rate Rise', 0, 5, 'PER', ['PER:Harold Sells', 'PER:Rate Rise']],
    ['a verb in lower case', 'Orvane continues', 0, 2, 'ORG', ['ORG:Orvane continues']],

    ['a verb opening the title is left to the title rules', 'Completes Zephyr Motors', 0, 3, 'ORG', ['ORG:Completes Zephyr Motors']],
  ] as const)('%s', (_name, text, start, end, label, expected) => {
    expect(cut(text, start, end, label)).toEqual(expected);
  });
  it('cuts a thing the tagger ran on over a title verb in a title', () => {
    const words = 'Nasdaq Proposes Listing Rule'.split(' ');
    const cutSpans = cutAtTitleVerbs(words, [{ sentence: 0, start: 0, end: 4, label: 'MISC' }], () => false, true);
    expect(cutSpans.map((sp) => words.slice(sp.start, sp.end).join(' '))).toEqual(['Nasdaq', 'Listing Rule']);
  });
  it.each([
    ['a title', true, ['Spin-Off of Zephyr Motors']],
    ['prose, where a name may open with such a word', false, ['Completes Spin-Off of Zephyr Motors']],
  ])("starts a run opened on a title's verb after the verb, in %s", (_name, title, expected) => {
    const words = 'Orvane Completes Spin-Off of Zephyr Motors'.split(' ');
    const cutSpans = cutAtTitleVerbs(words, [{ sentence: 0, start: 1, end: 6, label: 'ORG' }], () => false, title);
    expect(cutSpans.map((sp) => words.slice(sp.start, sp.end).join(' '))).toEqual(expected);
  });
  it("leaves a verb after a surname of the story's people to the title rules", () => {
    const words = 'Whitcombe Bets On Asia'.split(' ');
    const spans: NerSpan[] = [{ sentence: 0, start: 0, end: 2, label: 'ORG' }];
    expect(cutAtTitleVerbs(words, spans, (w) => w === 'Whitcombe')).toEqual(spans);
  });
  it('finds the surnames the prose of a story writes after an honorific or a given name', () => {
    const sentences = [
      { words: 'Whitcombe Bets On Asia'.split(' '), shouted: true },
      { words: 'Stuart Whitcombe said Mr Varga agreed with Orvane Labs .'.split(' '), shouted: false },
    ];
    expect([...storySurnames(sentences, (w) => w === 'Stuart')].sort()).toEqual(['Varga', 'Whitcombe']);
  });
});
