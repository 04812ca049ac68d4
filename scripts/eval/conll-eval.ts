import { readFileSync } from 'node:fs';
import { predictMentions } from './mention-alignment.js';
import { formatTable, scoreSpans, type LabelledSpan } from './ner-scoring.js';

interface ConllDoc {
  sentences: { words: string[]; labels: string[] }[];
}

export function readConllDocs(path: string): ConllDoc[] {
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
export function conllGoldSpans(labels: string[], doc: number, sentence: number): LabelledSpan[] {
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

/** ORG and PER mention-level scores of the full extraction analysis on one CoNLL file. */
export function evaluateConllFile(path: string, name: string): string {
  const gold: LabelledSpan[] = [];
  const pred: LabelledSpan[] = [];
  readConllDocs(path).forEach((doc, d) => {
    doc.sentences.forEach((s, i) => gold.push(...conllGoldSpans(s.labels, d, i)));
    // CoNLL gold ends a name before the full stop closing its sentence ("Lear Corp" "."), so its tokens are read spaced.
    pred.push(...predictMentions(d, doc.sentences.map((s) => s.words), true));
  });
  const scores = scoreSpans(gold, pred, ['ORG', 'PER']);
  return formatTable(`CoNLL-2003 ${name} (mention-level, exact span; Company+Organization = ORG)`, [
    ['ORG', scores.get('ORG')!],
    ['PER', scores.get('PER')!],
    ['ORG+PER', scores.get('ALL')!],
  ]);
}
