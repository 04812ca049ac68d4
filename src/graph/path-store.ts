import { RELATION_TYPES } from '../extraction/types.js';
import type { GraphDatabase } from './database.js';
import type { PathRecord } from './model.js';
import { entityProjection, relationProjection, toEntityRecord, toRelationRecord } from './records.js';

export const MAX_PATH_HOPS = 6;

/** Only fact relationships count as connections: articles and mentions are evidence, not links. */
const FACT_TYPES = RELATION_TYPES.join('|');

/** One fixed statement per hop limit: a variable-length bound cannot be a parameter. */
const STATEMENTS = Array.from(
  { length: MAX_PATH_HOPS + 1 },
  (_, hops) => `MATCH (a:Entity {id: $fromId}) MATCH (b:Entity {id: $toId})
     MATCH p = shortestPath((a)-[:${FACT_TYPES}*..${Math.max(hops, 1)}]-(b))
     RETURN [n IN nodes(p) | ${entityProjection('n')}] AS nodes, [r IN relationships(p) | ${relationProjection('r')}] AS relations`,
);

export class PathStore {
  constructor(private readonly db: GraphDatabase) {}

  /** The shortest chain of facts between two entities, or null when none is within `maxHops`. */
  async shortest(fromId: string, toId: string, maxHops: number): Promise<PathRecord | null> {
    const hops = Math.min(Math.max(Math.trunc(maxHops), 1), MAX_PATH_HOPS);
    const statement = STATEMENTS[hops] ?? '';
    if (fromId === toId) {
      const rows = await this.db.readOne(`MATCH (n:Entity {id: $fromId}) RETURN ${entityProjection('n')} AS n`, { fromId });
      return rows[0] ? { nodes: [toEntityRecord(rows[0].n)], relations: [] } : null;
    }
    const rows = await this.db.readOne(statement, { fromId, toId });
    const row = rows[0];
    if (!row) return null;
    return {
      nodes: (row.nodes as unknown[]).map(toEntityRecord),
      relations: (row.relations as unknown[]).map(toRelationRecord),
    };
  }
}
