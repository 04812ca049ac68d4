import { describe, expect, it } from 'vitest';
import { joinBeforeCamelCase, joinClosingHeads } from '../../src/extraction/ner/closing-heads.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerLabel } from '../../src/extraction/ner/recognise-mentions.js';
import { spanLabels } from './harness.js';

const joined = (text: string, end: number, label: NerLabel = 'ORG') => {
  const words = text.split(' ');
  return spanLabels(words, joinClosingHeads(defaultNerModel(), words, [{ sentence: 0, start: 0, end, label }]));
};

describe('head words closing a company name in a title', () => {
  it.each([
    ['a carmaker', 'Kestrel Motor Shares Slide', 1, ['ORG:Kestrel Motor']],
    ['two heads', 'Kestrel Holdings Corp Shares Slide', 1, ['ORG:Kestrel Holdings Corp']],
    ['a drug developer', 'Kestrel Biotech Shares Jump After Trial Data', 1, ['ORG:Kestrel Biotech']],
    ['a shouted title', 'KESTREL INDUSTRIES PROFIT FALLS', 1, ['ORG:KESTREL INDUSTRIES']],
    ['a head that is also an everyday noun after a name', 'Kestrel Oil Output Falls', 1, ['ORG:Kestrel']],
    ['a head in lower case', 'Kestrel motor sales fall', 1, ['ORG:Kestrel']],
    ['a surname that company lists have', 'Berkshire Hathaway Trims Stake', 1, ['ORG:Berkshire Hathaway']],
    ['a company of its own after the name', 'Foxconn Nvidia Plant Opens', 1, ['ORG:Foxconn']],
    ['a surname company lists have, in capitals', 'BERKSHIRE HATHAWAY TRIMS STAKE', 1, ['ORG:BERKSHIRE']],
    ['words between the name and the shares that moved', 'Orla Electric Shares Plunge', 1, ['ORG:Orla Electric']],
    ["a country's name before the shares", 'Kestrel China Shares Jump', 1, ['ORG:Kestrel']],
    ['words before shares that did not move', 'Orla Electric Shares Outlook', 1, ['ORG:Orla']],
    ['what a title calls the company whose shares moved', 'Kestrel Owner Quorvex Shares Sink', 1, ['ORG:Kestrel']],
  ] as const)('%s', (_name, text, end, expected) => {
    expect(joined(text, end)).toEqual(expected);
  });
  it('leaves a person alone', () => {
    expect(joined('Jo Reyes Group Chief Quits', 2, 'PER')).toEqual(['PER:Jo Reyes']);
  });
  it('stops at a span the tagger already started there', () => {
    const words = 'Kestrel Motor Corp'.split(' ');
    const spans = joinClosingHeads(defaultNerModel(), words, [{ sentence: 0, start: 0, end: 1, label: 'ORG' }, { sentence: 0, start: 1, end: 3, label: 'ORG' }]);
    expect(spanLabels(words, spans)).toEqual(['ORG:Kestrel', 'ORG:Motor Corp']);
  });
});

describe('a camel-case company name in a title', () => {
  it.each([
    ['takes the capitalised word before it', 'Deal After Spirit AeroVelo Acquisition', 3, ['ORG:Spirit AeroVelo']],
    ["leaves a title's small word", 'Deal After AeroVelo Acquisition', 2, ['ORG:AeroVelo']],
    ["leaves a title's verb", 'Kestrel Buys AeroVelo', 2, ['ORG:AeroVelo']],
  ] as const)('%s', (_name, text, start, expected) => {
    const words = text.split(' ');
    expect(spanLabels(words, joinBeforeCamelCase(words, [{ sentence: 0, start, end: start + 1, label: 'ORG' }]))).toEqual(expected);
  });
});
