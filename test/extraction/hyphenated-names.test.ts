import { describe, expect, it } from 'vitest';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { joinHyphenatedNames } from '../../src/extraction/ner/hyphenated-names.js';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';

const model = defaultNerModel();

/** The texts of the spans left after joining, each as "LABEL:words". */
function joined(text: string, tagged: [number, number, NerLabel][]): string[] {
  const words = text.split(' ');
  const spans: NerSpan[] = tagged.map(([start, end, label]) => ({ sentence: 0, start, end, label }));
  return joinHyphenatedNames(model, words, spans).map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
}

describe('names split at a lone hyphen', () => {
  it.each([
    ['two parts of one kind are one name', 'the Kelso - Marr store', [[1, 2, 'ORG'], [3, 4, 'ORG']], ['ORG:Kelso - Marr']],
    ['a hyphenated given name', 'Mary - Kate Olsen said', [[0, 1, 'PER'], [2, 4, 'PER']], ['PER:Mary - Kate Olsen']],
    ['different kinds stay apart', 'Orvane - Kelso said', [[0, 1, 'ORG'], [2, 3, 'PER']], ['ORG:Orvane', 'PER:Kelso']],
    ['different kinds the company list writes as one hyphenated name join', 'shares of Coca - Cola rose', [[2, 3, 'LOC'], [4, 5, 'PER']], ['ORG:Coca - Cola']],
    ['places stay apart', 'talks on UK - Brazil trade', [[2, 3, 'ORG'], [4, 5, 'ORG']], ['ORG:UK', 'ORG:Brazil']],
    ['a dateline in capitals stays apart', 'NORTHGATE - Central Bank of Kelvoria', [[0, 1, 'ORG'], [2, 6, 'ORG']], ['ORG:NORTHGATE', 'ORG:Central Bank of Kelvoria']],
    ['an everyday word heading a line stays apart', 'Note - Orvane and Kelso rose', [[0, 1, 'ORG'], [2, 3, 'ORG']], ['ORG:Note', 'ORG:Orvane']],
    ['an untagged word is left alone', 'Tennis - Ruiz beats Okafor', [[2, 3, 'PER']], ['PER:Ruiz']],
    ['an untagged word joins a company after the hyphen', 'renew the Export - Import Bank charter', [[4, 6, 'ORG']], ['ORG:Export - Import Bank']],
    ['a word taken for a person joins a company with its suffix', 'owned by Kestler - Marwood Co now', [[2, 3, 'PER'], [4, 6, 'ORG']], ['ORG:Kestler - Marwood Co']],
    ['a word taken for a person stays apart from a one-word company', 'owned by Kestler - Marwood now', [[2, 3, 'PER'], [4, 5, 'ORG']], ['PER:Kestler', 'ORG:Marwood']],
    ['an untagged word opening a line stays apart', 'Update - Marwood Holdings rose', [[2, 4, 'ORG']], ['ORG:Marwood Holdings']],
  ] as [string, string, [number, number, NerLabel][], string[]][])('%s', (_name, text, tagged, expected) => {
    expect(joined(text, tagged)).toEqual(expected);
  });
});
