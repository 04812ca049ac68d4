import type { RelationType } from '../extraction/types.js';
import type { EntityRecord, RelationRecord } from './model.js';
import { entitySummaryProjection, toEntityRecord, toRelationRecord } from './records.js';
import { relationshipPattern, relationTypeToken, type Direction } from './relation-types.js';

/**
 * Neighbour lists: the entities at the other end of one relation type, read for many entities at once
 * (the API's loaders) or in the same statement as the entities themselves (look-ahead, as a COLLECT
 * subquery over the entity variable `e`). Both read the same projection, defined here.
 */

export interface NeighbourKind {
  type: RelationType;
  direction: Direction;
}

export interface Neighbour {
  other: EntityRecord;
  /** The relation's id and confidence: what orders a list. */
  key: string;
  confidence: number;
  /** The relationship's facts, read only for the lists whose items show them (see LIST_FACTS). */
  relation: RelationRecord | null;
}

export const kindKey = (kind: NeighbourKind) => `${kind.type}|${kind.direction}`;

/**
 * Relation types whose neighbour lists show the relationship's facts (a move's size, a leader's role),
 * with the properties those items read. Lists read these by name: reading all keys would load the
 * evidence lists stored on the same relationship.
 */
const LIST_FACTS: Partial<Record<RelationType, { values: readonly string[]; dates: readonly string[] }>> = {
  MOVED_BY: { values: ['direction', 'changePct', 'price', 'currency', 'exchange'], dates: ['date', 'firstSeen'] },
  LEADS: { values: ['role'], dates: ['firstSeen'] },
};

/**
 * One neighbour list item as a positional list (see entityProjection) for the relationship `r` from
 * the entity `e` to the other end `o`: the relation's key and confidence, a summary of the other end,
 * and for lists that show facts the relation's type, whether it leaves `e`, and its facts.
 */
export function neighbourProjection(type: RelationType): string {
  const facts = LIST_FACTS[type];
  const relation = facts
    ? `[type(r), startNode(r) = e, ${[...facts.values.map((k) => `r.${k}`), ...facts.dates.map((k) => `toString(r.${k})`)].join(', ')}]`
    : 'null';
  return `[r.key, r.confidence, ${entitySummaryProjection('o')}, ${relation}]`;
}

function toFactsRecord(key: string, confidence: number, ownerId: string, otherId: string, row: unknown[]): RelationRecord {
  const [type, outgoing, ...values] = row;
  const facts = LIST_FACTS[type as RelationType];
  const props: Record<string, unknown> = { key, confidence };
  [...(facts?.values ?? []), ...(facts?.dates ?? [])].forEach((name, i) => {
    props[name] = values[i];
  });
  const [sourceId, targetId] = outgoing === true ? [ownerId, otherId] : [otherId, ownerId];
  return toRelationRecord({ type: String(type), sourceId, targetId, props });
}

/** A list item of the entity `ownerId`, as read by neighbourProjection. */
export function toNeighbour(row: unknown, ownerId: string): Neighbour {
  const [key, confidence, otherRow, relation] = row as [unknown, unknown, unknown, unknown[] | null];
  const other = toEntityRecord(otherRow);
  const score = typeof confidence === 'number' ? confidence : 0;
  return { other, key: String(key), confidence: score, relation: relation ? toFactsRecord(String(key), score, ownerId, other.id, relation) : null };
}

/** The relation of an item of a list that shows facts; such lists always read it. */
export function factsOf(neighbour: Neighbour): RelationRecord {
  if (!neighbour.relation) throw new Error(`Relation ${neighbour.key} was read without its facts.`);
  return neighbour.relation;
}

/** `COLLECT { … }` yielding [kind, item] pairs for every requested kind; null for none. */
export function neighbourCollect(kinds: readonly NeighbourKind[]): string | null {
  const distinct = [...new Map(kinds.map((k) => [kindKey(k), k])).values()];
  if (distinct.length === 0) return null;
  const branches = distinct.map(
    (kind) =>
      `WITH e MATCH ${relationshipPattern(relationTypeToken(kind.type), kind.direction)}
       RETURN ['${kindKey(kind)}', ${neighbourProjection(kind.type)}] AS n`,
  );
  return `COLLECT { ${branches.join(' UNION ALL ')} }`;
}

const byName = new Intl.Collator('en').compare;

/** Best evidence first, then by name: the order every neighbour list is served in. */
export function sortNeighbours(list: Neighbour[]): Neighbour[] {
  return list.sort((a, b) => b.confidence - a.confidence || byName(a.other.name, b.other.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The collected maps of one entity as lists keyed `entityId|TYPE|DIRECTION` (empty lists included). */
export function groupNeighbours(entityId: string, kinds: readonly NeighbourKind[], collected: unknown): Map<string, Neighbour[]> {
  const lists = new Map<string, Neighbour[]>(kinds.map((kind) => [`${entityId}|${kindKey(kind)}`, []]));
  for (const [kind, item] of (collected as Array<[string, unknown]> | null) ?? []) {
    lists.get(`${entityId}|${kind}`)?.push(toNeighbour(item, entityId));
  }
  for (const list of lists.values()) sortNeighbours(list);
  return lists;
}

/** Where a store hands the prefetched lists (the API primes its loaders with them). */
export type NeighbourSink = (lists: Map<string, Neighbour[]>) => void;
