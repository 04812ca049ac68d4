import type { GraphQLResolveInfo } from 'graphql';
import type { RelationType } from '../../extraction/types.js';
import type { EntityRecord } from '../../graph/model.js';
import type { Direction } from '../../graph/relation-types.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { listWindow, pageWindow } from '../pagination.js';
import { toGraphQLEntityType } from '../enum-mapping.js';
import { neighbourKind } from '../neighbour-fields.js';
import { factsOf } from '../../graph/neighbour-prefetch.js';
import { mapMaybe, type MaybePromise } from '../maybe-promise.js';
import { factsNeeded } from '../look-ahead.js';
import { toIndexMove, toStockMove, type MoveModel, type ToMove } from '../model.js';

/** Fields every entity type has, and the typed neighbour lists each type adds. */

interface RelationsArgs {
  types?: readonly RelationType[] | null;
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

const commonFields = {
  type: (entity: EntityRecord) => toGraphQLEntityType(entity.type),
  // Entities read as list items come without aliases: those cost one batched read per level, if asked.
  aliases: (entity: EntityRecord, _args: unknown, { loaders }: ApiContext) =>
    entity.aliases ?? mapMaybe(loaders.entity.load(entity.id), (whole) => whole?.aliases ?? []),
  relations: (entity: EntityRecord, args: RelationsArgs, { loaders, limits }: ApiContext) => {
    const { offset, limit } = pageWindow(args.first, args.after, limits.maxPageSize);
    const types = args.types && args.types.length > 0 ? args.types : null;
    return loaders.relationsOf(types, args.direction ?? 'BOTH', offset, limit).load(entity.id);
  },
  mentions: (entity: EntityRecord, args: { first?: number | null; after?: string | null }, { loaders, limits }: ApiContext) => {
    const { offset, limit } = pageWindow(args.first, args.after, limits.maxPageSize);
    return loaders.mentionsOf(offset, limit).load(entity.id);
  },
};

interface ListArgs {
  first?: number | null;
}

/** A neighbour-list field (see NEIGHBOUR_FIELDS): each other end once, at most `first` of them. */
function neighbours(typeName: string, field: string) {
  const kind = neighbourKind(typeName, field);
  return (entity: EntityRecord, args: ListArgs, { loaders, limits }: ApiContext) => {
    const keep = listWindow(args.first, limits.maxPageSize);
    return mapMaybe(loaders.neighbours(kind, entity.id), (found) => {
      const seen = new Set<string>();
      const others: EntityRecord[] = [];
      for (const { other } of found) {
        if (others.length >= keep) break;
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        others.push(other);
      }
      return others;
    });
  };
}

/** A list of the moves of an entity (MOVED_BY from it), each with its cause as read along with it. */
function moves<M extends MoveModel>(typeName: string, field: string, toModel: ToMove<M>) {
  const kind = neighbourKind(typeName, field);
  return (entity: EntityRecord, args: ListArgs, { loaders, limits }: ApiContext, info: GraphQLResolveInfo) => {
    const keep = listWindow(args.first, limits.maxPageSize);
    return mapMaybe(loaders.neighbours(kind, entity.id, factsNeeded(info)), (found) =>
      found.slice(0, keep).map((n) => toModel(factsOf(n), n.other, n.placeholder)),
    );
  };
}

/** A property of an entity; one read as a list item without its properties is loaded whole (batched). */
function prop(entity: EntityRecord, key: string, { loaders }: ApiContext): MaybePromise<string> {
  const read = (properties: EntityRecord['properties']) => {
    const value = properties?.[key];
    return typeof value === 'string' ? value : '';
  };
  return entity.properties ? read(entity.properties) : mapMaybe(loaders.entity.load(entity.id), (whole) => read(whole?.properties ?? null));
}

export const entityResolvers: Pick<
  Resolvers,
  'Entity' | 'Company' | 'Person' | 'Organization' | 'Policy' | 'Product' | 'Location' | 'Event' | 'Listing' | 'MarketIndex' | 'Leadership'
> = {
  Entity: { __resolveType: (entity) => entity.type },
  Company: {
    ...commonFields,
    listings: neighbours('Company', 'listings'),
    partners: neighbours('Company', 'partners'),
    benefitsFrom: neighbours('Company', 'benefitsFrom'),
    movedBy: moves('Company', 'movedBy', toStockMove),
    acquisitions: neighbours('Company', 'acquisitions'),
    investments: neighbours('Company', 'investments'),
    leaders: neighbours('Company', 'leaders'),
  },
  Person: {
    ...commonFields,
    leads: (entity, args, { loaders, limits }, info) => {
      const keep = listWindow(args.first, limits.maxPageSize);
      return mapMaybe(loaders.neighbours(neighbourKind('Person', 'leads'), entity.id, factsNeeded(info)), (found) =>
        found.slice(0, keep).map((n) => ({
          organizationId: n.other.id,
          role: typeof factsOf(n).properties.role === 'string' ? String(factsOf(n).properties.role) : null,
        })),
      );
    },
  },
  Leadership: {
    organization: async (leadership, _args, { loaders }) => {
      const entity = await loaders.entity.load(leadership.organizationId);
      if (!entity) throw new Error(`Entity ${leadership.organizationId} vanished while the query ran.`);
      return entity;
    },
  },
  Organization: { ...commonFields, leaders: neighbours('Organization', 'leaders') },
  Policy: { ...commonFields, beneficiaries: neighbours('Policy', 'beneficiaries') },
  Product: { ...commonFields, producers: neighbours('Product', 'producers') },
  Location: { ...commonFields },
  Event: { ...commonFields, involves: neighbours('Event', 'involves') },
  Listing: {
    ...commonFields,
    exchange: (entity, _args, context) => prop(entity, 'exchange', context),
    symbol: (entity, _args, context) => prop(entity, 'symbol', context),
    company: (entity, _args, { loaders }) =>
      mapMaybe(loaders.neighbours(neighbourKind('Listing', 'company'), entity.id), (owners) => owners[0]?.other ?? null),
  },
  MarketIndex: { ...commonFields, moves: moves('MarketIndex', 'moves', toIndexMove) },
};
