import { describe, expect, it } from 'vitest';
import { joinAndHalves, splitCompanyPairs } from '../../src/extraction/ner/and-joined-names.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerSpan } from '../../src/extraction/ner/recognise-mentions.js';
import { edgesOf, spanLabels } from './harness.js';

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

describe('two companies the tagger ran together at their "and"', () => {
  const split = (text: string, end: number) => {
    const words = text.split(' ');
    return spanLabels(words, splitCompanyPairs(defaultNerModel(), words, [{ sentence: 0, start: 0, end, label: 'ORG' }]));
  };
  it.each([
    ['two listed names', 'Netflix and Nvidia raised prices', 3, ['ORG:Netflix', 'ORG:Nvidia']],
    ['a listed name and a company named for a person', 'Netflix and Silas Hartwell raised prices', 4, ['ORG:Netflix', 'ORG:Silas Hartwell']],
    ['a name closed by a company head and a brand written in camel case', 'Kestrel Auto and XPeng rose', 4, ['ORG:Kestrel Auto', 'ORG:XPeng']],
    ['a surname written like a brand, before a legal form and a head', 'McDonald and Co Investments said', 4, ['ORG:McDonald and Co Investments']],
    ['a name of two surnames', 'Duff and Phelps rated the bonds', 3, ['ORG:Duff and Phelps']],
    ['a name closed by a legal form', 'Silas Hartwell and Co said', 4, ['ORG:Silas Hartwell and Co']],
    ['a listed name with everyday words', 'Cable and Wireless said', 3, ['ORG:Cable and Wireless']],
    ['a name of common words', 'Globe and Mail said', 3, ['ORG:Globe and Mail']],
  ] as const)('%s', (_name, text, end, expected) => {
    expect(split(text, end)).toEqual(expected);
  });
  it('reads a listed name the tagger left out before "and" and a second company that acts', () => {
    expect(edgesOf('Microsoft and Nvidia said on Monday they had formed a partnership to build chips .')).toContain('PARTNERS_WITH company:microsoft -> company:nvidia');
  });
});
