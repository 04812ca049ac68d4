import type { RelationType } from '../extraction/types.js';
import type { EntityRecord, RelationRecord } from './model.js';
import { entityProjection, toEntityRecord, toRelationRecord } from './records.js';
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
  MOVED_BY: { values: ['direction', 'changePct', 'price', 'currency', 'exchange'], dates: ['date', 'firstSeen', 'lastSeen'] },
  LEADS: { values: ['role'], dates: ['firstSeen', 'lastSeen'] },
};

/**
 * One neighbour list item as a positional list (see entityProjection): the relation's key and
 * confidence, the other end, and for lists that show facts the relation's type, ends and facts.
 */
export function neighbourProjection(type: RelationType, v = 'r', other = 'o'): string {
  const facts = LIST_FACTS[type];
  const relation = facts
    ? `[type(${v}), startNode(${v}).id, endNode(${v}).id, ${[...facts.values.map((k) => `${v}.${k}`), ...facts.dates.map((k) => `toString(${v}.${k})`)].join(', ')}]`
    : 'null';
  return `[${v}.key, ${v}.confidence, ${entityProjection(other)}, ${relation}]`;
}

function toFactsRecord(key: string, confidence: number, row: unknown[]): RelationRecord {
  const [type, sourceId, targetId, ...values] = row;
  const facts = LIST_FACTS[type as RelationType];
  const props: Record<string, unknown> = { key, confidence };
  [...(facts?.values ?? []), ...(facts?.dates ?? [])].forEach((name, i) => {
    props[name] = values[i];
  });
  return toRelationRecord({ type: String(type), sourceId: String(sourceId), targetId: String(targetId), props });
}

export function toNeighbour(row: unknown): Neighbour {
  const [key, confidence, other, relation] = row as [unknown, unknown, unknown, unknown[] | null];
  const neighbour = { other: toEntityRecord(other), key: String(key), confidence: typeof confidence === 'number' ? confidence : 0 };
  return { ...neighbour, relation: relation ? toFactsRecord(neighbour.key, neighbour.confidence, relation) : null };
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
    lists.get(`${entityId}|${kind}`)?.push(toNeighbour(item));
  }
  for (const list of lists.values()) sortNeighbours(list);
  return lists;
}

/** Where a store hands the prefetched lists (the API primes its loaders with them). */
export type NeighbourSink = (lists: Map<string, Neighbour[]>) => void;
