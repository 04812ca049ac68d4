import type { ArticleRecord, EntityRecord, EvidenceRecord, Page, RelationRecord } from '../graph/model.js';

/** Parent objects of the API's own shaping types (the codegen mappers point here and at graph/model.ts). */

export type RelationConnectionModel = Page<RelationRecord>;
export type ArticleConnectionModel = Page<ArticleRecord>;
export type EntityConnectionModel = Page<EntityRecord>;
export type StockMoveConnectionModel = Page<StockMoveModel>;

/**
 * A move (of a share price or of an index) as served: its facts already in their GraphQL shape, so they
 * are plain fields with no resolver to call per move (lists of moves run to hundreds per answer).
 */
export interface MoveModel {
  id: string;
  /** What moved: a company or a market index. */
  sourceId: string;
  /** What moved it: an entity, or a placeholder event of the move itself when the news states no cause. */
  targetId: string;
  direction: 'UP' | 'DOWN';
  changePct: number | null;
  date: string | null;
  /** Null when read without it: the evidence loader has it. */
  evidence: EvidenceRecord[] | null;
  /** The cause as read along with the move (the other end of a list item); null when the move was read alone. */
  causeRead: EntityRecord | null;
  /** Whether causeRead is a placeholder for an unstated cause, when the read said; null when it did not. */
  causeIsPlaceholder: boolean | null;
}

/** A company's share-price move. */
export interface StockMoveModel extends MoveModel {
  price: number | null;
  currency: string | null;
  exchange: string | null;
}

/** A market index's move. */
export interface IndexMoveModel extends MoveModel {
  points: number | null;
  level: number | null;
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** The facts every move has, and those of its kind (`own`, read from the same relation). */
function toMove<Own extends object>(relation: RelationRecord, own: Own, causeRead: EntityRecord | null, causeIsPlaceholder: boolean | null): MoveModel & Own {
  const facts = relation.properties;
  return {
    id: relation.id,
    sourceId: relation.sourceId,
    targetId: relation.targetId,
    direction: facts.direction === 'DOWN' ? 'DOWN' : 'UP',
    changePct: numberOrNull(facts.changePct),
    date: stringOrNull(facts.date) ?? relation.firstSeen,
    evidence: relation.evidence,
    causeRead,
    causeIsPlaceholder,
    ...own,
  };
}

/** How a list item becomes a move of one kind: the relation, and its cause when read along with it. */
export type ToMove<M extends MoveModel> = (relation: RelationRecord, causeRead?: EntityRecord | null, causeIsPlaceholder?: boolean | null) => M;

export const toStockMove: ToMove<StockMoveModel> = (relation, causeRead = null, causeIsPlaceholder = null) => {
  const facts = relation.properties;
  const own = { price: numberOrNull(facts.price), currency: stringOrNull(facts.currency), exchange: stringOrNull(facts.exchange) };
  return toMove(relation, own, causeRead, causeIsPlaceholder);
};

export const toIndexMove: ToMove<IndexMoveModel> = (relation, causeRead = null, causeIsPlaceholder = null) => {
  const facts = relation.properties;
  return toMove(relation, { points: numberOrNull(facts.points), level: numberOrNull(facts.level) }, causeRead, causeIsPlaceholder);
};

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
