import { describe, expect, it } from 'vitest';
import { markedSpans, spanLabels } from './harness.js';
import { joinPossessiveNames } from '../../src/extraction/ner/possessive-names.js';

/** Spans are written "[LABEL words ]" in an invented sentence; returns "LABEL:words" of each span after joining. */
function joined(text: string): string[] {
  const { words, spans } = markedSpans(text);
  return spanLabels(words, joinPossessiveNames(words, spans));
}

describe('body names with a possessive inside', () => {
  it.each([
    ['members before an association', 'the [ORG Harbour Pilots ] \' [ORG Association ] said', ['ORG:Harbour Pilots \' Association']],
    ['members before a longer institute', 'head of [ORG Orvane ] \'s [ORG Media Law Institute ] .', ['ORG:Orvane \'s Media Law Institute']],
    ['a curly apostrophe', 'the [ORG Kelvoria Savers ] ’ [ORG Federation ] met', ['ORG:Kelvoria Savers ’ Federation']],
    ['a company before its own fund', 'shares of [ORG Orvane ] \'s [ORG Quantum Fund ] rose', ['ORG:Orvane', 'ORG:Quantum Fund']],
    ['a person before a party', '[PER Dana Whitlow ] \'s [ORG Reform Party ] won', ['PER:Dana Whitlow', 'ORG:Reform Party']],
    ['a place before an association', '[LOC Kelvoria ] \'s [ORG Bankers Association ] said', ['LOC:Kelvoria', 'ORG:Bankers Association']],
    ['a company before another company', '[ORG Orvane ] \'s [ORG Kestwell Labs ] unit', ['ORG:Orvane', 'ORG:Kestwell Labs']],
  ])('%s', (_name, text, expected) => {
    expect(joined(text)).toEqual(expected);
  });
});
