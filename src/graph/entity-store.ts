import type { EntityType } from '../extraction/types.js';
import { int, type GraphDatabase, type Row } from './database.js';
import { groupNeighbours, neighbourColumns, type NeighbourKind, type NeighbourSink } from './neighbour-prefetch.js';
import type { EntityRecord, Page } from './model.js';
import { entityProjection, toEntityRecord, type EntityParts } from './records.js';
import { nameKey, normaliseExchange, parseTicker } from './name-keys.js';
import { pageOf } from './paging.js';

const E = entityProjection('e');

/**
 * How a read of entities follows a query: the neighbour lists to fetch with them (one kind per type and
 * direction) and where to hand them, and which optional parts of the entities themselves it shows.
 */
export interface Prefetch {
  kinds: NeighbourKind[];
  sink: NeighbourSink;
  parts: EntityParts;
}

/** The closing RETURN of an entity read, with the look-ahead neighbour lists when asked for. */
function returnEntities(prefetch: Prefetch | undefined): string {
  const columns = prefetch ? neighbourColumns(prefetch.kinds) : [];
  return `RETURN ${[`${prefetch ? entityProjection('e', prefetch.parts) : E} AS e`, ...columns].join(', ')}`;
}

function readEntities(rows: Row[], prefetch: Prefetch | undefined): EntityRecord[] {
  const entities = rows.map((row) => toEntityRecord(row.e));
  if (prefetch && prefetch.kinds.length > 0) {
    prefetch.sink(rows.flatMap((row, i) => groupNeighbours(entities[i]?.id ?? '', prefetch.kinds, row)));
  }
  return entities;
}

/** Reads of entities: by id (batched), by name or ticker, full-text search, pages of companies. */
export class EntityStore {
  constructor(private readonly db: GraphDatabase) {}

  async getByIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const rows = await this.db.readOne(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${E} AS e`, { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => toEntityRecord(row.e)).map((entity) => [entity.id, entity]));
  }

  /** Exact id, then canonical name, then alias (all case-insensitive through the normalised keys). */
  async findCompanyByName(name: string, prefetch?: Prefetch): Promise<EntityRecord | null> {
    const key = nameKey(name);
    if (key.length === 0) return null;
    const rows = await this.db.readOne(
      `CALL {
         MATCH (e:Company {nameKey: $key}) RETURN e, 0 AS rank
         UNION
         CALL db.index.fulltext.queryNodes('entity_alias_keys', $phrase) YIELD node
         WITH node AS e WHERE e:Company RETURN e, 1 AS rank
       }
       WITH e, rank, COUNT { (e)<-[:MENTIONS]-() } AS mentions
       ORDER BY rank, mentions DESC, e.id LIMIT 1
       ${returnEntities(prefetch)}`,
      { key, phrase: luceneExactPhrase(key) },
    );
    return readEntities(rows, prefetch)[0] ?? null;
  }

  /** `1810`, `HKEX:1810`, `hk:1810`, `XIACF`: the company listed under that symbol. */
  async findCompanyByTicker(ticker: string, prefetch?: Prefetch): Promise<EntityRecord | null> {
    const parsed = parseTicker(ticker);
    if (!parsed) return null;
    const rows = await this.db.readOne(
      `MATCH (l:Listing) WHERE l.symbol IN $symbols AND ($exchange IS NULL OR l.exchange = $exchange)
       MATCH (e:Company)-[:LISTED_AS]->(l)
       WITH DISTINCT e
       WITH e, COUNT { (e)<-[:MENTIONS]-() } AS mentions
       ORDER BY mentions DESC, e.id LIMIT 1
       ${returnEntities(prefetch)}`,
      { symbols: parsed.symbols, exchange: parsed.exchange },
    );
    return readEntities(rows, prefetch)[0] ?? null;
  }

  async search(text: string, types: readonly EntityType[] | null, first: number, prefetch?: Prefetch): Promise<EntityRecord[]> {
    const query = luceneTermsQuery(text);
    if (!query) return [];
    const rows = await this.db.readOne(
      `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e, score
       WHERE $types IS NULL OR e.type IN $types
       WITH e, score ORDER BY score DESC, e.id LIMIT $first
       ${returnEntities(prefetch)}`,
      { query, types, first: int(first), limit: int(first * 5) },
    );
    return readEntities(rows, prefetch);
  }

  async companies(
    filter: { nameContains?: string | null; exchange?: string | null },
    offset: number,
    limit: number,
    withCount = true,
    prefetch?: Prefetch,
  ): Promise<Page<EntityRecord>> {
    const params = {
      contains: filter.nameContains ? filter.nameContains.trim().toLowerCase() : null,
      exchange: filter.exchange ? normaliseExchange(filter.exchange) : null,
      offset: int(offset),
      limit: int(limit + 1),
    };
    // Only the filters asked for go into the statement (fixed fragments, values as parameters), so an
    // unfiltered page walks the name index in order instead of sorting every company.
    const conditions = ['e.name IS NOT NULL'];
    if (params.contains) conditions.push('(toLower(e.name) CONTAINS $contains OR any(a IN e.aliases WHERE toLower(a) CONTAINS $contains))');
    if (params.exchange) conditions.push('EXISTS { (e)-[:LISTED_AS]->(:Listing {exchange: $exchange}) }');
    const where = conditions.join(' AND ');
    const page = `MATCH (e:Company) WHERE ${where} WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $limit ${returnEntities(prefetch)}`;
    if (!withCount) return pageOf(readEntities(await this.db.readOne(page, params), prefetch), null, offset, limit);
    // The page and its count from one transaction, so they agree.
    return this.db.read(async (tx) => {
      const [rows, counts] = await Promise.all([tx.run(page, params), tx.run(`MATCH (e:Company) WHERE ${where} RETURN count(e) AS n`, params)]);
      return pageOf(readEntities(rows, prefetch), Number(counts[0]?.n ?? 0), offset, limit);
    });
  }
}

/** A Lucene phrase matching one exact normalised key; quotes and backslashes escaped. */
export function luceneExactPhrase(key: string): string {
  return `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** User text as a Lucene query of plain terms (each also as a prefix): no operators survive. */
export function luceneTermsQuery(text: string): string | null {
  const terms = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 16);
  if (terms.length === 0) return null;
  return terms.map((term) => `(${term} OR ${term}*)`).join(' AND ');
}
