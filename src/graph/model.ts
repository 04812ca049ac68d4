import type { DocumentKind, EntityType, PropertyValue, RelationType } from '../extraction/types.js';

/** What the graph layer hands upward: plain objects, Neo4j types already converted. */

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Null when read as an item of a neighbour list (a summary); the API loads them when a query asks. */
  aliases: string[] | null;
  /** Listing: exchange and symbol; others: whatever extraction found. Null when read as a list item that did not need them. */
  properties: Record<string, PropertyValue> | null;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  kind: DocumentKind;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  contentHash: string;
  text: string;
}

export interface EvidenceRecord {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number | null;
}

export interface RelationRecord {
  /** The relationship's unique key: type, ends and (for share-price moves) the article. */
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  confidence: number;
  properties: Record<string, PropertyValue>;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Null when read without evidence (list reads); the API loads it when a query asks. */
  evidence: EvidenceRecord[] | null;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface GraphStatsRecord {
  articles: number;
  entities: number;
  relations: number;
}

export interface Page<T> {
  items: T[];
  /** Counting costs a second statement, so it is null when the caller did not ask for it. */
  totalCount: number | null;
  /** Offset of the first item; cursors encode positions. */
  offset: number;
  hasNextPage: boolean;
}
