import { extract } from '../../src/extraction/index.js';
import type { ExtractionResult, ExtractedRelation } from '../../src/extraction/index.js';

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
