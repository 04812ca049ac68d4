/**
 * Scores the NER tagger with its document rules (recogniseMentions, without the rest of the document analysis) on
 * the DEV splits, for every type: the quick loop while changing features or retraining.
 * Usage: npx tsx scripts/eval/tagger-eval.ts [model.json.gz] [--data DIR]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { loadModel, type NerModelFile } from '../../src/extraction/ner/perceptron-tagger.js';
import { recogniseMentions } from '../../src/extraction/ner/recognise-mentions.js';
import { conllGoldSpans, readConllDocs } from './conll-eval.js';
import { finerGoldSpans, readFiner } from './finer-eval.js';
import { formatTable, scoreSpans, type LabelledSpan } from './ner-scoring.js';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const data = dataAt >= 0 ? args[dataAt + 1]! : '../shared/eval';
const modelPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data');
const model = modelPath ? loadModel(JSON.parse(gunzipSync(readFileSync(modelPath)).toString('utf8')) as NerModelFile) : defaultNerModel();

const isShouted = (words: readonly string[]) => {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
};

type Doc = { words: string[]; labels: string[] }[];

function score(name: string, docs: Doc[], goldOf: (labels: string[], doc: number, sentence: number) => LabelledSpan[], labels: string[]): string {
  const gold: LabelledSpan[] = [];
  const pred: LabelledSpan[] = [];
  docs.forEach((sentences, d) => {
    sentences.forEach((s, i) => gold.push(...goldOf(s.labels, d, i)));
    const spans = recogniseMentions(model, sentences.map((s) => ({ words: s.words, shouted: isShouted(s.words) })));
    spans.forEach((list) => pred.push(...list.map((sp) => ({ ...sp, doc: d }))));
  });
  const scores = scoreSpans(gold, pred, labels);
  return formatTable(name, [...labels.map((l) => [l, scores.get(l)!] as [string, typeof scores extends Map<string, infer S> ? S : never]), ['ALL', scores.get('ALL')!]]);
}

console.log(score('CoNLL-2003 eng.testa (dev), tagger only', readConllDocs(`${data}/conll2003/eng.testa`).map((d) => d.sentences), conllGoldSpans, ['ORG', 'PER', 'LOC', 'MISC']));
console.log(score('CoNLL-2003 ORG+PER', readConllDocs(`${data}/conll2003/eng.testa`).map((d) => d.sentences), conllGoldSpans, ['ORG', 'PER']));
console.log(score('FiNER-ORD val (dev), tagger only', readFiner(`${data}/finer/val_gold_data.csv`), finerGoldSpans, ['ORG', 'PER', 'LOC']));
