import { readFileSync } from 'node:fs';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { recogniseMentions } from '../../src/extraction/ner/recognise-mentions.js';
import { formatTable, scoreSpans, type LabelledSpan } from './ner-scoring.js';

interface ConllDoc {
  sentences: { words: string[]; labels: string[] }[];
}

function readConllDocs(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let words: string[] = [];
  let labels: string[] = [];
  const flushSentence = () => {
    if (words.length) doc.sentences.push({ words, labels });
    words = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
    } else if (line.trim() === '') flushSentence();
    else {
      const cols = line.split(' ');
      words.push(cols[0]!);
      labels.push(cols[cols.length - 1]!);
    }
  }
  flushSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOB1 gold spans. */
function goldSpans(labels: string[], doc: number, sentence: number): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === 'O') continue;
    const type = l.slice(2);
    const prev = labels[i - 1];
    if (l.startsWith('I-') && prev && prev !== 'O' && prev.slice(2) === type) continue;
    let end = i + 1;
    while (end < labels.length && labels[end] === 'I-' + type) end++;
    spans.push({ doc, sentence, start: i, end, label: type });
  }
  return spans;
}

function shouted(words: string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
}

export function evaluateConllFile(path: string, name: string): string {
  const model = defaultNerModel();
  const gold: LabelledSpan[] = [];
  const pred: LabelledSpan[] = [];
  readConllDocs(path).forEach((doc, d) => {
    doc.sentences.forEach((s, i) => gold.push(...goldSpans(s.labels, d, i)));
    const spans = recogniseMentions(model, doc.sentences.map((s) => ({ words: s.words, shouted: shouted(s.words) })));
    spans.flat().forEach((s) => pred.push({ doc: d, sentence: s.sentence, start: s.start, end: s.end, label: s.label }));
  });
  const labels = ['ORG', 'PER'];
  const scores = scoreSpans(gold, pred, labels);
  const all4 = scoreSpans(gold, pred, ['ORG', 'PER', 'LOC', 'MISC']);
  return formatTable(`CoNLL-2003 ${name} (mention-level, exact span)`, [
    ['ORG', scores.get('ORG')!],
    ['PER', scores.get('PER')!],
    ['ORG+PER', scores.get('ALL')!],
    ['(all 4)', all4.get('ALL')!],
  ]);
}
