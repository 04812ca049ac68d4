import { describe, expect, it } from 'vitest';
import { splitAtBylines } from '../../src/extraction/ner/byline-breaks.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerLabel } from '../../src/extraction/ner/recognise-mentions.js';

/** The span is the words between [ and ] of an invented sentence, tagged ORG; returns "LABEL:words" of each part. */
function parts(text: string): string[] {
  const words = text.split(' ');
  const start = words.indexOf('[');
  const end = words.indexOf(']');
  const rest = [...words.slice(0, start), ...words.slice(start + 1, end), ...words.slice(end + 1)];
  const label: NerLabel = 'ORG';
  return splitAtBylines(defaultNerModel(), rest, [{ sentence: 0, start, end: end - 1, label }]).map((s) => `${s.label}:${rest.slice(s.start, s.end).join(' ')}`);
}

describe('headings run into their bylines', () => {
  it.each([
    ['a place before a writer', 'radar on [ Mount Kellow By Dana Whitlow ] Published', ['ORG:Mount Kellow', 'PER:Dana Whitlow']],
    ['a heading before a paper', '[ Orvane Explains New Pumps By Daily Record ] Orvane said', ['ORG:Orvane Explains New Pumps', 'ORG:Daily Record']],
    ['a name opening with "By" is left alone', 'the [ By Design Group ] said', ['ORG:By Design Group']],
    ['a name without "By"', 'the [ Kestwell Trust Bank ] said', ['ORG:Kestwell Trust Bank']],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
