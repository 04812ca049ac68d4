import { describe, expect, it } from 'vitest';
import { markedSpans, spanLabels } from './harness.js';
import { stretchToSpelledInitials } from '../../src/extraction/ner/spelled-initials.js';

/** Spans are written "[LABEL words ]" in an invented sentence; returns "LABEL:words" of each span after stretching. */
function stretched(text: string): string[] {
  const { words, spans } = markedSpans(text);
  return spanLabels(words, stretchToSpelledInitials(words, spans));
}

describe('names stretched to the initials their abbreviation spells', () => {
  it.each([
    ['a lower-case word and a place inside the name', 'the [ORG Council for Trade and Safety ] in [LOC Kelvoria ] ( CTSK ) met', ['ORG:Council for Trade and Safety in Kelvoria']],
    ['a place opening the name', 'and the [LOC East Kelvoria ] [ORG Pilots Association ] ( EKPA ) said', ['ORG:East Kelvoria Pilots Association']],
    ['an abbreviation written in lower case after its capital', 'the [ORG Harbour Pilots Association ] ( Hpa ) said', ['ORG:Harbour Pilots Association']],
    ['an abbreviation that spells the span alone', 'the [ORG Harbour Pilots Association ] in [LOC Kelvoria ] ( HPA ) said', ['ORG:Harbour Pilots Association', 'LOC:Kelvoria']],
    ['a bracket that spells something else', 'the [ORG Harbour Pilots Association ] in [LOC Kelvoria ] ( NYSE ) said', ['ORG:Harbour Pilots Association', 'LOC:Kelvoria']],
    ['a clause between the name and the bracket', 'the [ORG Harbour Board ] said it would ( HBSW ) act', ['ORG:Harbour Board']],
  ])('%s', (_name, text, expected) => {
    expect(stretched(text)).toEqual(expected);
  });
});
