import type { AnalysedSentence, Cluster } from './document-analysis.js';
import type { PropertyValue, RelationType } from './types.js';

/** A relation found in one sentence, between per-document entities; ids are assigned later. */
export interface RelationDraft {
  type: RelationType;
  source: Cluster;
  target: Cluster;
  properties: Record<string, PropertyValue>;
  confidence: number;
  sentence: AnalysedSentence;
}
