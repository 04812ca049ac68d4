import type { GraphDatabase } from '../../src/graph/database.js';
import { applySchema } from '../../src/graph/apply-schema.js';

/** Deletes every relationship and node in bounded transactions, then re-applies the schema (the probes' own Neo4j only). */
export async function wipeGraph(db: GraphDatabase): Promise<void> {
  for (const statement of ['MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n', 'MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n']) {
    for (;;) {
      const rows = await db.write((tx) => tx.run(statement));
      if (Number(rows[0]?.n ?? 0) === 0) break;
    }
  }
  await applySchema(db);
}
