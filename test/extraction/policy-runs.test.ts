import { describe, expect, it } from 'vitest';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';
import { cutPolicyRuns } from '../../src/extraction/ner/policy-runs.js';

const cut = (text: string, start: number, end: number, label: NerLabel) => {
  const words = text.split(' ');
  const spans: NerSpan[] = [{ sentence: 0, start, end, label }];
  return cutPolicyRuns(words, spans).map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
};

describe('policy runs', () => {
  it.each([
    ['a span starting inside "Tax Credit"', 'Orvane Gains From Solar Tax Credit Extension', 5, 7, 'ORG', []],
    ['a span running into a policy head', 'Hit by Kelvoran Subsidies Cut', 2, 4, 'ORG', ['ORG:Kelvoran']],
    ['a body named for its policy', 'the Tariff Commission ruled', 1, 3, 'ORG', ['ORG:Tariff Commission']],
    ["a company's name with its head", 'Stimulus Technologies rose', 0, 2, 'ORG', ['ORG:Stimulus Technologies']],
    ['a place is left alone', 'Kelvoran Tariffs bite', 0, 1, 'LOC', ['LOC:Kelvoran']],
    ['a name with no policy head', 'Orvane Credit Union grew', 0, 3, 'ORG', ['ORG:Orvane Credit Union']],
    ["a span of a policy's describing words running into its head", 'Kelvora Extends Trade-In Subsidies', 2, 4, 'ORG', []],
    ["a span of a policy's describing words right before its head", 'Kelvora Extends Trade-In Subsidies', 2, 3, 'ORG', []],
  ] as const)('%s', (_name, text, start, end, label, expected) => {
    expect(cut(text, start, end, label)).toEqual(expected);
  });
});
