import type { ArticleRecord, EntityRecord, EvidenceRecord, Page, RelationRecord } from '../graph/model.js';

/** Parent objects of the API's own shaping types (the codegen mappers point here and at graph/model.ts). */

export type RelationConnectionModel = Page<RelationRecord>;
export type ArticleConnectionModel = Page<ArticleRecord>;
export type EntityConnectionModel = Page<EntityRecord>;
export type StockMoveConnectionModel = Page<StockMoveModel>;

/**
 * A share-price move as served: its facts already in their GraphQL shape, so they are plain fields
 * with no resolver to call per move (lists of moves run to hundreds per answer).
 */
export interface StockMoveModel {
  id: string;
  /** The company that moved. */
  sourceId: string;
  /** What moved it: an entity, or a placeholder event of the move itself when the news states no cause. */
  targetId: string;
  direction: 'UP' | 'DOWN';
  changePct: number | null;
  price: number | null;
  currency: string | null;
  exchange: string | null;
  date: string | null;
  /** Null when read without it: the evidence loader has it. */
  evidence: EvidenceRecord[] | null;
  /** The cause as read along with the move (the other end of a company's list item); null when the move was read alone. */
  causeRead: EntityRecord | null;
  /** Whether causeRead is a placeholder for an unstated cause, when the read said; null when it did not. */
  causeIsPlaceholder: boolean | null;
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

export function toStockMove(relation: RelationRecord, causeRead: EntityRecord | null = null, causeIsPlaceholder: boolean | null = null): StockMoveModel {
  const facts = relation.properties;
  return {
    id: relation.id,
    sourceId: relation.sourceId,
    targetId: relation.targetId,
    direction: facts.direction === 'DOWN' ? 'DOWN' : 'UP',
    changePct: numberOrNull(facts.changePct),
    price: numberOrNull(facts.price),
    currency: stringOrNull(facts.currency),
    exchange: stringOrNull(facts.exchange),
    date: stringOrNull(facts.date) ?? relation.firstSeen,
    evidence: relation.evidence,
    causeRead,
    causeIsPlaceholder,
  };
}

export interface LeadershipModel {
  organizationId: string;
  role: string | null;
}

export interface IngestResultModel {
  article: ArticleRecord | null;
  unchanged: boolean;
  documents: number;
  entities: EntityRecord[];
  relations: RelationRecord[];
}
