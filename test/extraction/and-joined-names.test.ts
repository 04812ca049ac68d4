import { describe, expect, it } from 'vitest';
import { joinAndHalves } from '../../src/extraction/ner/and-joined-names.js';
import type { NerSpan } from '../../src/extraction/ner/recognise-mentions.js';

/** The texts of the spans left after joining, each as "LABEL:words". */
function joined(text: string, tagged: [number, number][]): string[] {
  const words = text.split(' ');
  const spans: NerSpan[] = tagged.map(([start, end]) => ({ sentence: 0, start, end, label: 'ORG' }));
  return joinAndHalves(words, spans).map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
}

describe('a body\'s name cut at its "and"', () => {
  it.each([
    ['halves of everyday words closed by a body head are one', 'the Kelvoran Coastal and Maritime Commission said', [[1, 3], [4, 6]], ['ORG:Kelvoran Coastal and Maritime Commission']],
    ['two companies stay apart', 'Orvane Holdings and Kelso Freight Corp said', [[0, 2], [3, 6]], ['ORG:Orvane Holdings', 'ORG:Kelso Freight Corp']],
    ['a second half with a name word stays apart', 'Orvane Marine and Kestwell Shipping Ltd said', [[0, 2], [3, 6]], ['ORG:Orvane Marine', 'ORG:Kestwell Shipping Ltd']],
    ['a second half with no head stays apart', 'the Kelvoran Coastal and Marine Studies said', [[1, 3], [4, 6]], ['ORG:Kelvoran Coastal', 'ORG:Marine Studies']],
  ] as [string, string, [number, number][], string[]][])('%s', (_name, text, tagged, expected) => {
    expect(joined(text, tagged)).toEqual(expected);
  });
});
