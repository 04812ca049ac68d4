import { describe, expect, it } from 'vitest';
import { loadModel, tagSentence } from '../../src/extraction/ner/perceptron-tagger.js';
import { buildContext, staticFeatures } from '../../src/extraction/ner/token-features.js';
import { createLexicon } from '../../src/extraction/ner/word-lexicon.js';

const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

describe('word lexicon features', () => {
  it('reads the name lists and the clusters of a model file', () => {
    const lexicon = createLexicon({ zorblatt: ['c64=7', 'c256=40'] });
    expect(lexicon('margaret')).toContain('pn');
    expect(lexicon('zorblatt')).toEqual(['c64=7', 'c256=40']);
    expect(lexicon('qqqxv')).toEqual([]);
  });

  it('gives training the features of the word and its neighbours', () => {
    const lexicon = createLexicon({ zorblatt: ['c64=7'], said: ['c64=3'] });
    const ctx = buildContext(['Zorblatt', 'said'], false, new Set(), undefined, lexicon);
    expect(staticFeatures(ctx, 0)).toEqual(expect.arrayContaining(['L=c64=7', 'L+1=c64=3']));
    expect(staticFeatures(ctx, 1)).toEqual(expect.arrayContaining(['L=c64=3', 'L-1=c64=7']));
  });

  it('scores the same features when tagging', () => {
    // Only the cluster features carry weight: the token's own cluster and its right neighbour's both point to B-ORG.
    const model = loadModel({
      labels,
      commonLower: [],
      weights: { 'L=c64=7': [0, -1, 3, 2], 'L+1=c64=3': [0, -1, 3, 2] },
      clusters: { zorblatt: ['c64=7'], said: ['c64=3'] },
    });
    expect(tagSentence(model, ['Zorblatt', 'said', 'so'], false)[0]).toBe('B-ORG');
    expect(tagSentence(model, ['Quenwick', 'left', 'early'], false)[0]).toBe('O');
  });
});
