import { analyseDocument } from '../../src/extraction/document-analysis.js';
import type { EntityType } from '../../src/extraction/types.js';
import type { LabelledSpan } from './ner-scoring.js';
import { sourceText } from './source-text.js';

const LABEL: Partial<Record<EntityType, string>> = { Company: 'ORG', Organization: 'ORG', Person: 'PER', Location: 'LOC' };

/**
 * Runs the real document analysis over gold-tokenised sentences (rebuilt as running text, one paragraph each; joined
 * with spaces when `spaced`) and maps every named mention back to gold token indices; unaligned mentions stay as false
 * positives.
 */
export function predictMentions(docIndex: number, sentences: string[][], spaced = false): LabelledSpan[] {
  const { text, offsets } = sourceText(sentences, spaced);
  const starts = new Map<number, [number, number]>();
  const ends = new Map<number, [number, number]>();
  offsets.forEach((own, si) =>
    own.forEach(([a, b], wi) => {
      starts.set(a, [si, wi]);
      ends.set(b, [si, wi]);
    }),
  );
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
