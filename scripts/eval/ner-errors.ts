/**
 * Lists NER false positives and misses on a DEV split, to look at error categories (never run on a test split).
 * Usage: npx tsx scripts/eval/ner-errors.ts <conll|finer> [--data DIR] [--label ORG|PER] [--split train|val]
 * --split picks the FiNER dev split (val by default; train behaves like test, so it is the better dev set).
 */
import { conllGoldSpans, readConllDocs } from './conll-eval.js';
import { finerGoldSpans, readFiner } from './finer-eval.js';
import { predictMentions } from './mention-alignment.js';
import type { LabelledSpan } from './ner-scoring.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const set = args[0] ?? 'finer';
const data = option('--data', '../shared/eval');
const only = option('--label', '');
const split = option('--split', 'val');
if (split !== 'train' && split !== 'val') {
  console.error(`--split must be train or val (test splits are never listed), not "${split}"`);
  process.exit(2);
}

const docs: { words: string[]; labels: string[] }[][] =
  set === 'conll' ? readConllDocs(`${data}/conll2003/eng.testa`).map((d) => d.sentences) : readFiner(`${data}/finer/${split}_gold_data.csv`);
const goldOf = set === 'conll' ? conllGoldSpans : finerGoldSpans;

const key = (s: LabelledSpan) => `${s.sentence}:${s.start}:${s.end}:${s.label}`;
docs.forEach((sentences, d) => {
  const gold = sentences.flatMap((s, i) => goldOf(s.labels, d, i)).filter((s) => s.label === 'ORG' || s.label === 'PER');
  const pred = predictMentions(d, sentences.map((s) => s.words), set === 'conll').filter((s) => s.label === 'ORG' || s.label === 'PER');
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  const show = (tag: string, s: LabelledSpan) => {
    if (only && s.label !== only) return;
    if (s.sentence < 0) return void console.log(`${tag} ${s.label} <unaligned>`);
    const words = sentences[s.sentence]!.words;
    const ctx = [...words.slice(Math.max(0, s.start - 6), s.start), '[', ...words.slice(s.start, s.end), ']', ...words.slice(s.end, s.end + 6)].join(' ');
    const other = (tag === 'FP' ? gold : pred).filter((o) => o.sentence === s.sentence && o.start < s.end && s.start < o.end).map((o) => `${o.label}:${words.slice(o.start, o.end).join(' ')}`);
    console.log(`${tag} ${s.label} ${ctx}${other.length ? '   || ' + other.join('; ') : ''}`);
  };
  for (const p of pred) if (!goldKeys.has(key(p))) show('FP', p);
  for (const g of gold) if (!predKeys.has(key(g))) show('FN', g);
});
