import type { RelationType } from '../extraction/types.js';
import { entityProjection, relationProjection, relationStubProjection, toEntityRecord, toRelationRecord } from './records.js';
import { relationshipPattern, relationTypeToken, type Direction } from './relation-types.js';
import type { Neighbour } from './relation-store.js';

/**
 * Look-ahead: when a query asks for an entity and some of its neighbour lists, the lists come back in
 * the same statement as the entity, as a COLLECT subquery over the entity variable `e`.
 */

export interface NeighbourKind {
  type: RelationType;
  direction: Direction;
}

export const kindKey = (kind: NeighbourKind) => `${kind.type}|${kind.direction}`;

/** Relation types whose neighbour lists expose the relationship's facts (a move's size, a leader's role). */
const FACT_LISTS: ReadonlySet<RelationType> = new Set(['MOVED_BY', 'LEADS']);

/** How a neighbour list reads its relationships: whole facts where the API shows them, a stub elsewhere. */
export function neighbourRelationProjection(type: RelationType, v: string): string {
  return FACT_LISTS.has(type) ? relationProjection(v) : relationStubProjection(v);
}

/** `COLLECT { … }` yielding {kind, relation, other} maps for every requested kind; null for none. */
export function neighbourCollect(kinds: readonly NeighbourKind[]): string | null {
  const distinct = [...new Map(kinds.map((k) => [kindKey(k), k])).values()];
  if (distinct.length === 0) return null;
  const branches = distinct.map(
    (kind) =>
      `WITH e MATCH ${relationshipPattern(relationTypeToken(kind.type), kind.direction)}
       RETURN {kind: '${kindKey(kind)}', relation: ${neighbourRelationProjection(kind.type, 'r')}, other: ${entityProjection('o')}} AS n`,
  );
  return `COLLECT { ${branches.join(' UNION ALL ')} }`;
}

/** Best evidence first, then by name: the order every neighbour list is served in. */
export function sortNeighbours(list: Neighbour[]): Neighbour[] {
  return list.sort(
    (a, b) =>
      b.relation.confidence - a.relation.confidence ||
      a.other.name.localeCompare(b.other.name) ||
      a.relation.id.localeCompare(b.relation.id),
  );
}

/** The collected maps of one entity as lists keyed `entityId|TYPE|DIRECTION` (empty lists included). */
export function groupNeighbours(entityId: string, kinds: readonly NeighbourKind[], collected: unknown): Map<string, Neighbour[]> {
  const lists = new Map<string, Neighbour[]>(kinds.map((kind) => [`${entityId}|${kindKey(kind)}`, []]));
  for (const item of (collected as Array<{ kind: string; relation: unknown; other: unknown }> | null) ?? []) {
    lists.get(`${entityId}|${item.kind}`)?.push({ relation: toRelationRecord(item.relation), other: toEntityRecord(item.other) });
  }
  for (const list of lists.values()) sortNeighbours(list);
  return lists;
}

/** Where a store hands the prefetched lists (the API primes its loaders with them). */
export type NeighbourSink = (lists: Map<string, Neighbour[]>) => void;
