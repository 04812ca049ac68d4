import { extract } from '../../src/extraction/index.js';
import type { ExtractionResult, ExtractedRelation } from '../../src/extraction/index.js';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';

/** "TYPE source -> target" for every relation, for compact expectations. */
export function edges(result: ExtractionResult): string[] {
  return result.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);
}

export function edgesOf(text: string): string[] {
  return edges(extract(text));
}

export function relation(result: ExtractionResult, type: string, source: string, target?: string): ExtractedRelation | undefined {
  return result.relations.find((r) => r.type === type && r.source === source && (target === undefined || r.target === target));
}

/** Words and spans of a sentence written with its spans marked: "the [ORG Harbour Pilots ] said". */
export function markedSpans(text: string): { words: string[]; spans: NerSpan[] } {
  const words: string[] = [];
  const spans: NerSpan[] = [];
  let open: { start: number; label: NerLabel } | undefined;
  for (const tok of text.split(' ')) {
    if (tok.startsWith('[')) open = { start: words.length, label: tok.slice(1) as NerLabel };
    else if (tok === ']' && open) {
      spans.push({ sentence: 0, start: open.start, end: words.length, label: open.label });
      open = undefined;
    } else words.push(tok);
  }
  return { words, spans };
}

/** "LABEL:words" of each span. */
export const spanLabels = (words: readonly string[], spans: readonly NerSpan[]) => spans.map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`);
