import type { NeighbourKind } from '../graph/neighbour-prefetch.js';

/**
 * Which relationship each neighbour-list field of an entity type reads, and the one entity type it shows
 * when its GraphQL type is not the Entity interface (`other`). The resolvers are built from this table,
 * and the look-ahead uses it to fetch the lists a query selects along with their entity.
 */
export const NEIGHBOUR_FIELDS: Record<string, Record<string, NeighbourKind>> = {
  Company: {
    listings: { type: 'LISTED_AS', direction: 'OUTGOING', other: 'Listing' },
    partners: { type: 'PARTNERS_WITH', direction: 'BOTH', other: 'Company' },
    benefitsFrom: { type: 'BENEFITS_FROM', direction: 'OUTGOING' },
    movedBy: { type: 'MOVED_BY', direction: 'OUTGOING' },
    acquisitions: { type: 'ACQUIRES', direction: 'OUTGOING', other: 'Company' },
    investments: { type: 'INVESTS_IN', direction: 'OUTGOING' },
    leaders: { type: 'LEADS', direction: 'INCOMING', other: 'Person' },
  },
  Person: { leads: { type: 'LEADS', direction: 'OUTGOING' } },
  Organization: { leaders: { type: 'LEADS', direction: 'INCOMING', other: 'Person' } },
  Policy: { beneficiaries: { type: 'BENEFITS_FROM', direction: 'INCOMING' } },
  Product: { producers: { type: 'PRODUCES', direction: 'INCOMING' } },
  Event: { involves: { type: 'INVOLVES', direction: 'OUTGOING' } },
  Listing: { company: { type: 'LISTED_AS', direction: 'INCOMING', other: 'Company' } },
  MarketIndex: { moves: { type: 'MOVED_BY', direction: 'OUTGOING' } },
};

export function neighbourKind(typeName: string, field: string): NeighbourKind {
  const kind = NEIGHBOUR_FIELDS[typeName]?.[field];
  if (!kind) throw new Error(`No neighbour field ${typeName}.${field}`);
  return kind;
}

/** What the fields of every move (StockMove, IndexMove) read. */
const MOVE_FACTS: Record<string, readonly string[]> = {
  id: ['key'],
  evidence: ['key'],
  direction: ['direction'],
  changePct: ['changePct'],
  date: ['date', 'firstSeen'],
};

/**
 * Lists whose items show relation facts: the facts each item field reads. A list reads only the facts
 * of the fields a query selects on its items.
 */
const ITEM_FACTS: Record<string, Record<string, Record<string, readonly string[]>>> = {
  Company: { movedBy: { ...MOVE_FACTS, price: ['price'], currency: ['currency'], exchange: ['exchange'] } },
  MarketIndex: { moves: { ...MOVE_FACTS, points: ['points'], level: ['level'] } },
  Person: { leads: { role: ['role'] } },
};

/** The relation facts a neighbour-list field needs, given the fields selected on its items. */
export function factsFor(typeName: string, field: string, itemFields: Iterable<string>): string[] {
  const table = ITEM_FACTS[typeName]?.[field];
  if (!table) return [];
  const facts = new Set<string>();
  for (const name of itemFields) for (const fact of table[name] ?? []) facts.add(fact);
  return [...facts];
}

/** Item fields that read the other end's properties: a listing's exchange and symbol. */
const PROPERTY_FIELDS = new Set(['exchange', 'symbol']);

/** Whether a neighbour list must read its items' properties, given the fields selected on them. */
export function propertiesNeeded(itemFields: Iterable<string>): boolean {
  for (const name of itemFields) if (PROPERTY_FIELDS.has(name)) return true;
  return false;
}

/** Whether a neighbour list's items must say if their other end is a placeholder: a move's cause shows none then. */
export function placeholdersNeeded(itemFields: Iterable<string>): boolean {
  for (const name of itemFields) if (name === 'cause') return true;
  return false;
}
