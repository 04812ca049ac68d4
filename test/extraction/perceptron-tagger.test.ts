import { describe, expect, it } from 'vitest';
import { FeatureWeights, knowsWordAs, loadModel, tagSentence } from '../../src/extraction/ner/perceptron-tagger.js';

const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const B_ORG = 3;
const B_LOC = 5;

/** A model whose only weights are the given features, each pointing at one label. */
const modelWith = (features: Record<string, number>) =>
  loadModel({ labels, commonLower: [], weights: Object.fromEntries(Object.entries(features).map(([f, label]) => [f, [label, 5]])) });

describe('feature weights split by template', () => {
  it('finds a feature by its full name, whatever "=" or "|" its value holds', () => {
    const weights = new FeatureWeights({ 'w=a=b': [1, 2], b: [0, 1], 'first|Xx': [2, 3], 'ts=O|Xx': [3, 4] }, labels.length);
    expect(weights.get('w=a=b')?.[1]).toBe(2);
    expect(weights.templates.get('w')?.get('a=b')?.[1]).toBe(2);
    expect(weights.get('b')?.[0]).toBe(1);
    expect(weights.has('first|Xx')).toBe(true);
    expect(weights.get('ts=O|Xx')?.[3]).toBe(4);
    expect(weights.has('w=a')).toBe(false);
    expect(weights.has('x3=a=b')).toBe(false);
  });

  it('tells whether the model knows a word as the start of a name', () => {
    const model = modelWith({ 'w=acme': B_ORG });
    expect(knowsWordAs(model, 'acme', 'ORG')).toBe(true);
    expect(knowsWordAs(model, 'acme', 'LOC')).toBe(false);
    expect(knowsWordAs(model, 'zorb', 'ORG')).toBe(false);
  });
});

describe('tagging reads every kind of weight', () => {
  const sentence = ['Quenwick', 'Zorblatt', 'said'];
  const tagsOf = (features: Record<string, number>) => tagSentence(modelWith(features), sentence, false);

  it('without weights tags nothing', () => {
    expect(tagsOf({})).toEqual(['O', 'O', 'O']);
  });

  it('reads word, suffix and neighbour weights', () => {
    expect(tagsOf({ 'w=zorblatt': B_ORG })[1]).toBe('B-ORG');
    expect(tagsOf({ 'x3=att': B_ORG })[1]).toBe('B-ORG');
    expect(tagsOf({ 'w-1=quenwick': B_LOC })[1]).toBe('B-LOC');
  });

  it('reads word-pair, shape-triple, tag-word and first-token weights', () => {
    expect(tagsOf({ 'ww-1=quenwick|zorblatt': B_ORG })[1]).toBe('B-ORG');
    expect(tagsOf({ 'ww+1=zorblatt|said': B_ORG })[1]).toBe('B-ORG');
    expect(tagsOf({ 's3=Xx|Xx|x': B_LOC })[1]).toBe('B-LOC');
    expect(tagsOf({ 's3=<s>|Xx|Xx': B_LOC })[0]).toBe('B-LOC');
    expect(tagsOf({ 'tw=O|zorblatt': B_ORG })[1]).toBe('B-ORG');
    expect(tagsOf({ 'first|Xx': B_ORG })[0]).toBe('B-ORG');
  });
});
