import { describe, expect, it } from 'vitest';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';
import { cutAtTitleVerbs } from '../../src/extraction/ner/title-verbs.js';

const cut = (text: string, start: number, end: number, label: NerLabel) => {
  const words = text.split(' ');
  const spans: NerSpan[] = [{ sentence: 0, start, end, label }];
  return cutAtTitleVerbs(words, spans).map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
};

describe('title verbs', () => {
  it.each([
    ['a verb ends the name, its object is a run of its own', 'Orvane Labs Eyes Zephyr Motors', 0, 5, 'ORG', ['ORG:Orvane Labs', 'ORG:Zephyr Motors']],
    ['a verb at the end of the run', 'Orvane Labs Continues', 0, 3, 'ORG', ['ORG:Orvane Labs']],
    ['two verbs in one run', 'Orvane Mulls Bid Extends Talks', 0, 5, 'ORG', ['ORG:Orvane', 'ORG:Bid', 'ORG:Talks']],
    ['a name ending in a word that is no verb of ours', 'Marlow Works Partners', 0, 3, 'ORG', ['ORG:Marlow Works Partners']],
    ["a thing's title keeps its verb", 'The Empire Strikes Back', 0, 4, 'MISC', ['MISC:The Empire Strikes Back']],
    ['a verb in lower case', 'Orvane continues', 0, 2, 'ORG', ['ORG:Orvane continues']],
  ] as const)('%s', (_name, text, start, end, label, expected) => {
    expect(cut(text, start, end, label)).toEqual(expected);
  });
});
