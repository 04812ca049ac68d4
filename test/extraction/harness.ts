import { describe, expect, it } from 'vitest';
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

/** A row of an edge table: what it shows, the text, and an edge (or, for a row that must find none, an edge's prefix). */
export type EdgeRow = [name: string, text: string, edge: string];

/** One test per row: each `present` row's edge is extracted from its text, and no edge starting with an `absent` row's. */
export function describeEdgeRows(title: string, present: readonly EdgeRow[], absent: readonly EdgeRow[]): void {
  describe(title, () => {
    it.each(present)('finds %s', (_name, text, edge) => {
      expect(edgesOf(text)).toContain(edge);
    });
    it.each(absent)('finds nothing for %s', (_name, text, edge) => {
      expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
    });
  });
}
