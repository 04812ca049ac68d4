import { readFileSync } from 'node:fs';
import { predictMentions } from './mention-alignment.js';
import { formatTable, scoreSpans, type LabelledSpan } from './ner-scoring.js';

const LABELS: Record<string, [string, string]> = { '1': ['B', 'PER'], '2': ['I', 'PER'], '3': ['B', 'LOC'], '4': ['I', 'LOC'], '5': ['B', 'ORG'], '6': ['I', 'ORG'] };

/** FiNER-ORD has no sentence breaks: cut after sentence-final punctuation. */
export function readFiner(path: string): { words: string[]; labels: string[] }[][] {
  const docs = new Map<string, { words: string[]; labels: string[] }[]>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    if (line.trim() === '') continue;
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    const label = line.slice(0, first);
    const word = line.slice(first + 1, last).replace(/^"|"$/g, '').replace(/""/g, '"');
    const doc = line.slice(last + 1).trim();
    if (word.trim() === '') continue;
    let sentences = docs.get(doc);
    if (!sentences) docs.set(doc, (sentences = [{ words: [], labels: [] }]));
    const current = sentences[sentences.length - 1]!;
    current.words.push(word);
    current.labels.push(label);
    if (/^[.!?]$/.test(word)) sentences.push({ words: [], labels: [] });
  }
  return [...docs.values()].map((s) => s.filter((x) => x.words.length > 0));
}

export function finerGoldSpans(labels: string[], doc: number, sentence: number): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i]!];
    if (!l) continue;
    const prev = LABELS[labels[i - 1] ?? ''];
    if (l[0] === 'I' && prev && prev[1] === l[1]) continue;
    let end = i + 1;
    while (end < labels.length && LABELS[labels[end]!]?.[0] === 'I' && LABELS[labels[end]!]?.[1] === l[1]) end++;
    spans.push({ doc, sentence, start: i, end, label: l[1] });
  }
  return spans;
}

export function evaluateFinerFile(path: string, name: string): string {
  const gold: LabelledSpan[] = [];
  const pred: LabelledSpan[] = [];
  readFiner(path).forEach((sentences, d) => {
    sentences.forEach((s, i) => gold.push(...finerGoldSpans(s.labels, d, i)));
    pred.push(...predictMentions(d, sentences.map((s) => s.words)));
  });
  const scores = scoreSpans(gold, pred, ['ORG', 'PER']);
  return formatTable(`FiNER-ORD ${name} (mention-level, exact span; Company+Organization = ORG)`, [
    ['ORG', scores.get('ORG')!],
    ['PER', scores.get('PER')!],
    ['ORG+PER', scores.get('ALL')!],
  ]);
}
