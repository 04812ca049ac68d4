import DataLoader from 'dataloader';
import type { RelationType } from '../extraction/types.js';
import type { Stores } from '../graph/stores.js';
import type { ArticleRecord, EntityRecord, EvidenceRecord, Page, RelationRecord } from '../graph/model.js';
import { parseNeighbourKey } from '../graph/relation-store.js';
import { listKey, type Neighbour, type NeighbourKind, type NeighbourList } from '../graph/neighbour-prefetch.js';
import type { Direction } from '../graph/relation-types.js';

/**
 * Request-scoped batching: however many objects a query touches, each field costs one statement per
 * level of the query. Loaders that take arguments are keyed by them, one DataLoader per distinct set.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  /** Evidence of relations read without it, by relation id. */
  evidence: DataLoader<string, EvidenceRecord[]>;
  entitiesOfArticle: DataLoader<string, EntityRecord[]>;
  /** An entity's neighbour list: at once when already read (look-ahead, an earlier level), else batched. */
  neighbours(kind: NeighbourKind, id: string, facts?: readonly string[]): Neighbour[] | Promise<Neighbour[]>;
  /** Lists read ahead with their entities, each with the facts its kind read. */
  primeNeighbours(lists: readonly NeighbourList[]): void;
  relationsOf(types: readonly RelationType[] | null, direction: Direction, offset: number, limit: number): DataLoader<string, Page<RelationRecord>>;
  mentionsOf(offset: number, limit: number): DataLoader<string, Page<ArticleRecord>>;
}

function mapLoader<V>(load: (keys: readonly string[]) => Promise<Map<string, V>>, missing: () => V) {
  return new DataLoader<string, V>(async (keys) => {
    const found = await load(keys);
    return keys.map((key) => found.get(key) ?? missing());
  });
}

function emptyPage<T>(offset: number): Page<T> {
  return { items: [], totalCount: 0, offset, hasNextPage: false };
}

/** One loader per distinct argument set, created on first use within the request. */
function memo<V>(create: () => DataLoader<string, V>, cache: Map<string, DataLoader<string, unknown>>, key: string): DataLoader<string, V> {
  let loader = cache.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = create();
    cache.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

export function createLoaders(stores: Stores): Loaders {
  const cache = new Map<string, DataLoader<string, unknown>>();
  const entity = mapLoader<EntityRecord | null>((ids) => stores.entities.getByIds(ids), () => null);
  const relation = mapLoader<RelationRecord | null>((keys) => stores.relations.getByKeys(keys), () => null);
  // Lists and entities already read, for synchronous answers: a resolver returning a value instead of a
  // promise spares graphql-js a microtask per field, which adds up over hundreds of list items.
  // A list read ahead may hold only some relation facts (`facts`); one read by the loader holds all (null).
  const knownLists = new Map<string, { list: Neighbour[]; facts: readonly string[] | null }>();
  // One loader for every neighbour field, so all of one level's lists are one statement.
  const neighbours = new DataLoader<string, Neighbour[]>(async (keys) => {
    const found = await stores.relations.neighbours(keys.map(parseNeighbourKey));
    for (const [key, list] of found) knownLists.set(key, { list, facts: null });
    return keys.map((key) => found.get(key) ?? []);
  });
  return {
    entity,
    article: mapLoader<ArticleRecord | null>((ids) => stores.articles.getByIds(ids), () => null),
    relation,
    evidence: new DataLoader<string, EvidenceRecord[]>(async (keys) => {
      const found = await relation.loadMany(keys);
      return found.map((r) => (r && !(r instanceof Error) ? (r.evidence ?? []) : []));
    }),
    entitiesOfArticle: mapLoader((ids) => stores.articles.entitiesOf(ids, null), () => []),
    neighbours: (kind, id, facts = []) => {
      const key = listKey(id, kind);
      const known = knownLists.get(key);
      const covers = known && (known.facts === null || facts.every((fact) => known.facts?.includes(fact)));
      return covers ? known.list : neighbours.load(key);
    },
    primeNeighbours: (lists) => {
      for (const { key, kind, items } of lists) knownLists.set(key, { list: items, facts: kind.facts ?? null });
    },
    relationsOf: (types, direction, offset, limit) =>
      memo(
        () => mapLoader((ids) => stores.relations.relationsOf(ids, types, direction, offset, limit), () => emptyPage(offset)),
        cache,
        `r|${types?.join(',') ?? '*'}|${direction}|${offset}|${limit}`,
      ),
    mentionsOf: (offset, limit) =>
      memo(() => mapLoader((ids) => stores.articles.mentionsOf(ids, offset, limit), () => emptyPage(offset)), cache, `m|${offset}|${limit}`),
  };
}
