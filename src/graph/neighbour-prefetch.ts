import type { EntityType, PropertyValue, RelationType } from '../extraction/types.js';
import type { EntityRecord, RelationRecord } from './model.js';
import { ENTITY_WIDTH, entityAt, entityFields } from './records.js';
import { relationshipPattern, relationTypeToken, type Direction } from './relation-types.js';

/**
 * Neighbour lists: the entities at the other end of one relation type, read for many entities at once
 * (the API's loaders) or in the same statement as the entities themselves (look-ahead, as a COLLECT
 * subquery over the entity variable `e`). Both read the same projection, defined here.
 */

export interface NeighbourKind {
  type: RelationType;
  direction: Direction;
  /**
   * The entity type of the other ends when the list holds only one (a company's partners are companies):
   * Neo4j then checks the label instead of reading every item's type, and rows carry no type.
   */
  other?: EntityType;
  /** The relation facts its items show (see LIST_FACTS); all of them when not given. */
  facts?: readonly string[];
  /** Whether the other ends' properties are read; they are when not given. */
  properties?: boolean;
  /** Whether items say if their other end is a placeholder event (see PLACEHOLDER), without reading its properties. */
  placeholders?: boolean;
}

export interface Neighbour {
  other: EntityRecord;
  /** The relation's confidence: what orders a list. */
  confidence: number;
  /** The relationship's facts, read only for the lists whose items show them (see LIST_FACTS). */
  relation: RelationRecord | null;
  /** Whether the other end is a placeholder event (see PLACEHOLDER); null when the list did not ask. */
  placeholder: boolean | null;
}

/**
 * Whether the other end `o` is the placeholder event a share-price move points at when the news states
 * no cause: an event whose properties (JSON written by the article writer) have the kind `stock_move`.
 * Read by Neo4j for the lists that show causes, so that their properties need not travel and be parsed.
 */
const PLACEHOLDER = `CASE WHEN o.type = 'Event' THEN o.propsJson CONTAINS '"kind":"stock_move"' ELSE false END`;

/** `TYPE|DIRECTION|OTHER` (`*` for any other type): a list's identity, the tail of its loader key. */
export const kindKey = (kind: Pick<NeighbourKind, 'type' | 'direction' | 'other'>) => `${kind.type}|${kind.direction}|${kind.other ?? '*'}`;

/** `entityId|` + kindKey: the key one entity's list of one kind is known by (read back by parseNeighbourKey). */
export const listKey = (entityId: string, kind: Pick<NeighbourKind, 'type' | 'direction' | 'other'>) => `${entityId}|${kindKey(kind)}`;

/**
 * Relation types whose neighbour lists can show the relationship's facts (a move's size, a leader's
 * role), and those facts: MOVED_BY's are those of a company's move and of an index's move. Lists read
 * them by name, and only the ones a query selects: reading all keys would also load the evidence lists
 * stored on the same relationship. `key` is the relation's id, long and needed only by the fields that
 * show the relation itself (its id, its evidence).
 */
const LIST_FACTS: Partial<Record<RelationType, readonly string[]>> = {
  MOVED_BY: ['key', 'direction', 'changePct', 'price', 'currency', 'exchange', 'date', 'firstSeen', 'points', 'level'],
  LEADS: ['key', 'role', 'firstSeen'],
};
const DATE_FACTS = new Set(['date', 'firstSeen', 'lastSeen']);

const factsReadOf = new WeakMap<NeighbourKind, readonly string[]>();

/** The facts a list of this kind reads, in the order its items carry them; null when it shows none. */
export function factsRead(kind: NeighbourKind): readonly string[] | null {
  const known = LIST_FACTS[kind.type];
  if (!known || !kind.facts) return known ?? null;
  // Asked once per list item: the kind object of a request answers from memory.
  let read = factsReadOf.get(kind);
  if (!read) {
    read = known.filter((name) => kind.facts?.includes(name));
    factsReadOf.set(kind, read);
  }
  return read;
}

/**
 * One neighbour list item as the values of a flat positional list (see entityProjection) for the
 * relationship `r` from the entity `e` to the other end `o`: the relation's confidence, a summary of the
 * other end (entityFields), and for lists that show facts the facts read, preceded, for lists of both
 * directions, by whether `r` leaves `e`. Flat, because every nested list is one more object to decode
 * and collect, hundreds of times per answer.
 */
function neighbourFields(kind: NeighbourKind): string {
  const facts = factsRead(kind);
  const values = (facts ?? []).map((name) => (DATE_FACTS.has(name) ? `toString(r.${name})` : `r.${name}`));
  const relation = facts ? [...(kind.direction === 'BOTH' ? ['startNode(r) = e'] : []), ...values] : [];
  const parts = { aliases: false, properties: kind.properties ?? true, type: !kind.other };
  return ['r.confidence', entityFields('o', parts), ...relation, ...(kind.placeholders ? [PLACEHOLDER] : [])].join(', ');
}

/** A neighbour list item as one list (see neighbourFields); toNeighbour reads it back. */
export const neighbourProjection = (kind: NeighbourKind) => `[${neighbourFields(kind)}]`;

/**
 * The relation of a list item from the facts read (see neighbourFields), built in one go: this runs for
 * every move of every company of an answer. Facts the relationship lacks are left out, as toRelationRecord does.
 */
function toFactsRecord(confidence: number, ownerId: string, otherId: string, kind: NeighbourKind, facts: readonly string[], row: readonly unknown[], at: number): RelationRecord {
  const both = kind.direction === 'BOTH';
  const outgoing = both ? row[at] === true : kind.direction === 'OUTGOING';
  const first = both ? at + 1 : at;
  const properties: Record<string, PropertyValue> = {};
  let id = '';
  let firstSeen: string | null = null;
  for (let i = 0; i < facts.length; i += 1) {
    const name = facts[i] as string;
    const value = row[first + i];
    if (value === null || value === undefined) continue;
    if (name === 'key') id = typeof value === 'string' ? value : '';
    else if (name === 'firstSeen') firstSeen = typeof value === 'string' ? value : null;
    else properties[name] = value as PropertyValue;
  }
  return {
    id,
    type: kind.type,
    sourceId: outgoing ? ownerId : otherId,
    targetId: outgoing ? otherId : ownerId,
    confidence,
    properties,
    firstSeen,
    lastSeen: null,
    evidence: null,
  };
}

/** A list item of the entity `ownerId`, as read by neighbourProjection for the same kind. */
export function toNeighbour(row: unknown, ownerId: string, kind: NeighbourKind): Neighbour {
  const values = row as readonly unknown[];
  const confidence = values[0];
  const other = entityAt(values, 1, kind.other);
  const score = typeof confidence === 'number' ? confidence : 0;
  const facts = factsRead(kind);
  const relation = facts ? toFactsRecord(score, ownerId, other.id, kind, facts, values, 1 + ENTITY_WIDTH) : null;
  const placeholder = kind.placeholders ? values[values.length - 1] === true : null;
  return { other, confidence: score, relation, placeholder };
}

/** The relation of an item of a list that shows facts; such lists always read it. */
export function factsOf(neighbour: Neighbour): RelationRecord {
  if (!neighbour.relation) throw new Error(`The relation to ${neighbour.other.id} was read without its facts.`);
  return neighbour.relation;
}

/** One kind per type and direction, reading every fact any of the merged kinds shows. */
export function mergeKinds(kinds: readonly NeighbourKind[]): NeighbourKind[] {
  const merged = new Map<string, NeighbourKind>();
  for (const kind of kinds) {
    const seen = merged.get(kindKey(kind));
    const facts = !seen ? kind.facts : seen.facts && kind.facts ? [...new Set([...seen.facts, ...kind.facts])] : undefined;
    const properties = (seen ? (seen.properties ?? true) : false) || (kind.properties ?? true);
    const placeholders = (seen?.placeholders ?? false) || (kind.placeholders ?? false);
    merged.set(kindKey(kind), {
      type: kind.type,
      direction: kind.direction,
      ...(kind.other ? { other: kind.other } : {}),
      ...(facts ? { facts } : {}),
      ...(properties ? {} : { properties }),
      ...(placeholders ? { placeholders } : {}),
    });
  }
  return [...merged.values()];
}

/** The column a kind's list is returned in (see neighbourColumns). */
export const neighbourColumn = (position: number) => `n${position}`;

/**
 * One `COLLECT { … } AS n<i>` column per kind (already merged), for a RETURN over the entity `e`. One
 * column per kind, not one tagged union, spares every item its tag: an integer, which the driver decodes
 * into an object of its own.
 */
export function neighbourColumns(kinds: readonly NeighbourKind[]): string[] {
  return kinds.map(
    (kind, i) =>
      `COLLECT { MATCH ${relationshipPattern(relationTypeToken(kind.type), kind.direction, kind.other ?? null)}
       RETURN [${neighbourFields(kind)}] } AS ${neighbourColumn(i)}`,
  );
}

const byName = new Intl.Collator('en').compare;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const factsText = (n: Neighbour) => (n.relation ? JSON.stringify(n.relation.properties) : '');

/**
 * Best evidence first, then by name, then by id, then by relation (its id, or the facts read when the
 * list was read without ids): the order every neighbour list is served in, whatever order Neo4j returned.
 */
export function sortNeighbours(list: Neighbour[]): Neighbour[] {
  return list.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      byName(a.other.name, b.other.name) ||
      byCodePoint(a.other.id, b.other.id) ||
      byCodePoint(a.relation?.id ?? '', b.relation?.id ?? '') ||
      byCodePoint(factsText(a), factsText(b)),
  );
}

/** One entity's list of one kind, read ahead. */
export interface NeighbourList {
  /** listKey: the key the API's loaders know it by. */
  key: string;
  kind: NeighbourKind;
  items: Neighbour[];
}

/** One entity's row of neighbourColumns as its lists, in the kinds' order, empty ones included. */
export function groupNeighbours(entityId: string, kinds: readonly NeighbourKind[], row: Readonly<Record<string, unknown>>): NeighbourList[] {
  return kinds.map((kind, i) => {
    const items = (row[neighbourColumn(i)] as unknown[] | null) ?? [];
    return { key: listKey(entityId, kind), kind, items: sortNeighbours(items.map((item) => toNeighbour(item, entityId, kind))) };
  });
}

/** Where a store hands the prefetched lists (the API primes its loaders with them). */
export type NeighbourSink = (lists: readonly NeighbourList[]) => void;
