import { analyseDocument } from '../../src/extraction/document-analysis.js';
import type { EntityType } from '../../src/extraction/types.js';
import type { LabelledSpan } from './ner-scoring.js';

const LABEL: Partial<Record<EntityType, string>> = { Company: 'ORG', Organization: 'ORG', Person: 'PER', Location: 'LOC' };

/**
 * Runs the real document analysis over gold-tokenised sentences (joined with spaces, one paragraph each)
 * and maps every named mention back to gold token indices; unaligned mentions stay as false positives.
 */
export function predictMentions(docIndex: number, sentences: string[][]): LabelledSpan[] {
  let text = '';
  const starts = new Map<number, [number, number]>();
  const ends = new Map<number, [number, number]>();
  sentences.forEach((words, si) => {
    if (si > 0) text += '\n\n';
    words.forEach((w, wi) => {
      if (wi > 0) text += ' ';
      starts.set(text.length, [si, wi]);
      text += w;
      ends.set(text.length, [si, wi]);
    });
  });
  const analysed = analyseDocument({ id: 'eval', kind: 'article', text });
  const spans: LabelledSpan[] = [];
  for (const s of analysed.sentences) {
    for (const m of s.mentions) {
      const label = LABEL[m.cluster.type];
      if (!label || m.anaphoric) continue;
      const a = starts.get(s.tokens[m.start]!.start);
      const b = ends.get(s.tokens[m.end - 1]!.end);
      if (a && b && a[0] === b[0]) spans.push({ doc: docIndex, sentence: a[0], start: a[1], end: b[1] + 1, label });
      else spans.push({ doc: docIndex, sentence: -1, start: s.tokens[m.start]!.start, end: -1, label });
    }
  }
  return spans;
}
