import type { NeighbourKind } from '../graph/neighbour-prefetch.js';

/**
 * Which relationship each neighbour-list field of an entity type reads. The resolvers are built from
 * this table, and the look-ahead uses it to fetch the lists a query selects along with their entity.
 */
export const NEIGHBOUR_FIELDS: Record<string, Record<string, NeighbourKind>> = {
  Company: {
    listings: { type: 'LISTED_AS', direction: 'OUTGOING' },
    partners: { type: 'PARTNERS_WITH', direction: 'BOTH' },
    benefitsFrom: { type: 'BENEFITS_FROM', direction: 'OUTGOING' },
    movedBy: { type: 'MOVED_BY', direction: 'OUTGOING' },
    acquisitions: { type: 'ACQUIRES', direction: 'OUTGOING' },
    investments: { type: 'INVESTS_IN', direction: 'OUTGOING' },
    leaders: { type: 'LEADS', direction: 'INCOMING' },
  },
  Person: { leads: { type: 'LEADS', direction: 'OUTGOING' } },
  Organization: { leaders: { type: 'LEADS', direction: 'INCOMING' } },
  Policy: { beneficiaries: { type: 'BENEFITS_FROM', direction: 'INCOMING' } },
  Product: { producers: { type: 'PRODUCES', direction: 'INCOMING' } },
  Event: { involves: { type: 'INVOLVES', direction: 'OUTGOING' } },
  Listing: { company: { type: 'LISTED_AS', direction: 'INCOMING' } },
};

export function neighbourKind(typeName: string, field: string): NeighbourKind {
  const kind = NEIGHBOUR_FIELDS[typeName]?.[field];
  if (!kind) throw new Error(`No neighbour field ${typeName}.${field}`);
  return kind;
}
