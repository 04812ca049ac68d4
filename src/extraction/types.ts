/** The closed vocabulary of extraction: every label and relationship type the graph may hold. */
export const ENTITY_TYPES = [
  'Company',
  'Organization',
  'Person',
  'Policy',
  'Product',
  'Location',
  'Event',
  'Listing',
  'MarketIndex',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'PARTNERS_WITH',
  'BENEFITS_FROM',
  'MOVED_BY',
  'ACQUIRES',
  'BIDS_FOR',
  'INVESTS_IN',
  'LEADS',
  'LISTED_AS',
  'INVOLVES',
  'SUBSIDIARY_OF',
  'PRODUCES',
  'MERGES_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same both ways ("A partners with B" is "B partners with A"): stored once, source before target. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['PARTNERS_WITH', 'MERGES_WITH']);

export type DocumentKind = 'article' | 'headline';

export interface ExtractedDocument {
  /** Stable within one input: derived from the content (e.g. `doc-<hash>`), never from position alone. */
  id: string;
  kind: DocumentKind;
  text: string;
}

export type PropertyValue = string | number | boolean | null;

export interface ExtractedEntity {
  /** Stable id derived from type + normalised name (or exchange:symbol for a Listing), e.g. `company:xiaomi`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Listing: `exchange`, `symbol`. Company may carry `ticker`. Free-form but flat. */
  properties: Record<string, PropertyValue>;
}

export interface Evidence {
  documentId: string;
  sentence: string;
  /** Character offsets of the sentence within its document's text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  /**
   * MOVED_BY: direction 'UP'|'DOWN', changePct, price, currency, exchange when stated.
   * ACQUIRES/BIDS_FOR: status, value. INVESTS_IN: amount, stake. LEADS: role.
   */
  properties: Record<string, PropertyValue>;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
}

export interface ExtractionResult {
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
