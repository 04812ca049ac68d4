import { buildContext, tokenFeatures } from './token-features.js';

/** Serialized averaged-perceptron model, as written by scripts/train/train-ner.ts. */
export interface NerModelFile {
  labels: string[];
  commonLower: string[];
  /** feature → flat list of [labelIndex, weight, labelIndex, weight …] */
  weights: Record<string, number[]>;
}

export interface NerModel {
  labels: string[];
  commonLower: Set<string>;
  weights: Map<string, Float32Array>;
}

export function loadModel(file: NerModelFile): NerModel {
  const n = file.labels.length;
  const weights = new Map<string, Float32Array>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const row = new Float32Array(n);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    weights.set(feature, row);
  }
  return { labels: file.labels, commonLower: new Set(file.commonLower), weights };
}

/** An I- tag may only continue a span of the same type. */
export function isAllowed(label: string, prev: string): boolean {
  if (!label.startsWith('I-')) return true;
  return prev === 'B-' + label.slice(2) || prev === label;
}

/** Greedy left-to-right BIO tagging of one sentence. */
export function tagSentence(model: NerModel, words: readonly string[], shouted: boolean): string[] {
  const ctx = buildContext(words, shouted, model.commonLower);
  const n = model.labels.length;
  const scores = new Float64Array(n);
  const tags: string[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    for (const feature of tokenFeatures(ctx, i, prev, prev2)) {
      const row = model.weights.get(feature);
      if (!row) continue;
      for (let k = 0; k < n; k++) scores[k]! += row[k]!;
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < n; k++) {
      if (scores[k]! > bestScore && isAllowed(model.labels[k]!, prev)) {
        bestScore = scores[k]!;
        best = k;
      }
    }
    const tag = model.labels[best]!;
    tags.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}
