import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { joinAndHalves, joinFirmsAtAnd, splitCompanyPairs } from '../../src/extraction/ner/and-joined-names.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerSpan } from '../../src/extraction/ner/recognise-mentions.js';
import { edgesOf, markedSpans, spanLabels } from './harness.js';

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

describe('a firm\'s name cut at its "and" before its legal form', () => {
  const joinedFirms = (text: string) => {
    const { words, spans } = markedSpans(text);
    return spanLabels(words, joinFirmsAtAnd(words, spans));
  };
  it('leaves a half the story names alone elsewhere', () => {
    const { words, spans } = markedSpans('[ORG Haskett ] and [ORG Marlow Co ] said');
    const story = [words, 'Haskett said it agreed'.split(' ')];
    expect(spanLabels(words, joinFirmsAtAnd(words, spans, story))).toEqual(['ORG:Haskett', 'ORG:Marlow Co']);
  });
  it.each([
    ['two surnames the tagger took for a person', '[PER Corwen Bastable ] and [ORG Pruett Inc ] said', ['ORG:Corwen Bastable and Pruett Inc']],
    ['a word the tagger left out', 'Haskett and [ORG Marlow Co ] said', ['ORG:Haskett and Marlow Co']],
    ['a utility of everyday words', '[ORG Kelvoran Gas ] and [ORG Electric Co ] said', ['ORG:Kelvoran Gas and Electric Co']],
    ['surnames set off by commas', 'at Tolley , [PER Brisk ] and [ORG Wendle Securities Corp ] said', ['ORG:Tolley , Brisk and Wendle Securities Corp']],
    ['two companies, the first closed by its legal form', '[ORG Orvane Motor Co ] and [ORG Pruett Corp ] said', ['ORG:Orvane Motor Co', 'ORG:Pruett Corp']],
    ['initials before the "and"', '[ORG ORV ] and [ORG Pruett Inc ] said', ['ORG:ORV', 'ORG:Pruett Inc']],
    ['a second name a company list has', '[ORG Haskett ] and [ORG Xerox Corp ] said', ['ORG:Haskett', 'ORG:Xerox Corp']],
    ['two companies of one group', '[ORG Fenwick Studios ] and [ORG Fenwick Media Group ] said', ['ORG:Fenwick Studios', 'ORG:Fenwick Media Group']],
    ['a whole company before a name word', '[ORG Orvane Capital Markets ] and [ORG Pruett Brothers Inc ] led it', ['ORG:Orvane Capital Markets', 'ORG:Pruett Brothers Inc']],
    ['a person with an initial before a name word', '[PER Jo D. Reyes ] and [ORG Pruett Securities Inc ] bid', ['PER:Jo D. Reyes', 'ORG:Pruett Securities Inc']],
    ['the last of a list', 'Tolley and [PER Brisk ] and [ORG Wendle Holdings LP ] said', ['PER:Brisk', 'ORG:Wendle Holdings LP']],
    ['a person named in full before a company of two words', '[PER Asa Tolley ] and [ORG Wendle Textiles Inc ] bid', ['PER:Asa Tolley', 'ORG:Wendle Textiles Inc']],
    ['a model with figures before the "and"', 'the [MISC F-16 ] and [ORG Marlow Aircraft Corp ] said', ['MISC:F-16', 'ORG:Marlow Aircraft Corp']],
    ['two parties after "with", the first a company by itself', 'a venture with [ORG Velmar ] and [ORG Orvane Corp ]', ['ORG:Velmar', 'ORG:Orvane Corp']],
    ['two parties after "between"', 'a venture between Tolley and [ORG Orvane Corp ]', ['ORG:Orvane Corp']],
    ['the last names of a list of companies', 'by Orvane Inc , [PER Tolley Brisk ] and [ORG Wendle Corp ]', ['PER:Tolley Brisk', 'ORG:Wendle Corp']],
  ] as const)('%s', (_name, text, expected) => {
    expect(joinedFirms(text)).toEqual(expected);
  });
});

describe('a firm named for two, written by the last', () => {
  it('is one company with its full name', () => {
    const names = extract('Corwen and Pruett Corp said profit rose . Pruett shares rose 2 pct .').entities.filter((e) => e.type === 'Company');
    expect(names.map((e) => `${e.name} = ${e.aliases.join(' | ')}`)).toEqual(['Corwen and Pruett Corp = Corwen and Pruett Corp | Pruett']);
  });
});
