import type { OperationName } from './operations.js';
import { PATH_RELATION_TYPES } from './operations.js';

/**
 * The ceiling: each question as one hand-written statement returning exactly the JSON newsgraph's API
 * returns (`data` of the GraphQL response), so the raw server only serialises.
 */
export const RAW_CYPHER: Record<OperationName, { cypher: string; shape: (rows: Array<Record<string, unknown>>) => unknown }> = {
  company_by_ticker: {
    cypher: `MATCH (l:Listing {symbol: $symbol}) WHERE l.exchange = $exchange
      MATCH (c:Company)-[:LISTED_AS]->(l)
      WITH c ORDER BY COUNT { (c)<-[:MENTIONS]-() } DESC, c.id LIMIT 1
      RETURN c {.id, .name,
        listings: [(c)-[:LISTED_AS]->(x:Listing) | x {.exchange, .symbol}],
        partners: [(c)-[:PARTNERS_WITH]-(p:Company) | p {.id, .name}]} AS company`,
    shape: (rows) => ({ company: rows[0]?.company ?? null }),
  },
  companies_nested: {
    // `IS NOT NULL` lets Neo4j walk the name index in order instead of sorting every company.
    cypher: `MATCH (c:Company) WHERE c.name IS NOT NULL WITH c ORDER BY c.name, c.id LIMIT 50
      RETURN c {.id, .name,
        partners: [(c)-[:PARTNERS_WITH]-(p:Company) | p {.id, .name}],
        movedBy: [(c)-[m:MOVED_BY]->(x:Entity) | {direction: m.direction, changePct: m.changePct,
          cause: CASE WHEN x.type = 'Event' AND x.propsJson CONTAINS '"kind":"stock_move"' THEN null ELSE x {.id, .name} END}]} AS node`,
    shape: (rows) => ({ companies: { edges: rows.map((r) => ({ node: r.node })) } }),
  },
  search: {
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 50}) YIELD node AS e, score
      RETURN e {.id, .name} AS e ORDER BY score DESC, e.id LIMIT 10`,
    shape: (rows) => ({ search: rows.map((r) => r.e) }),
  },
  path_3hop: {
    cypher: `MATCH (a:Entity {id: $fromId}) MATCH (b:Entity {id: $toId})
      MATCH p = shortestPath((a)-[:${PATH_RELATION_TYPES}*..3]-(b))
      RETURN length(p) AS length, [n IN nodes(p) | n {.id, .name}] AS nodes`,
    shape: (rows) => ({ path: rows[0] ? { length: rows[0].length, nodes: rows[0].nodes } : null }),
  },
};
