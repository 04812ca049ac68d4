import { randomUUID } from 'node:crypto';
import { GraphDatabase } from '../../src/graph/database.js';
import { retractArticles } from '../../src/graph/article-retraction.js';
import { testConfig } from './neo4j-env.js';

export async function connectTestDb(): Promise<GraphDatabase> {
  return GraphDatabase.connect(testConfig().neo4j);
}

/** A prefix unique to one suite run: every article id it writes starts with it. */
export function suitePrefix(name: string): string {
  return `t-${name}-${randomUUID().slice(0, 8)}-`;
}

/** Retracts every article whose id starts with the prefix (and so what rested on them alone). */
export async function cleanUpArticles(db: GraphDatabase, prefix: string): Promise<void> {
  const rows = await db.read((tx) => tx.run<{ id: string }>('MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id', { prefix }));
  if (rows.length > 0) await db.write((tx) => retractArticles(tx, rows.map((r) => r.id)));
}

export async function graphCounts(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const rows = await db.read((tx) => tx.run('RETURN COUNT { () } AS nodes, COUNT { ()-[]->() } AS relationships'));
  return { nodes: Number(rows[0]?.nodes), relationships: Number(rows[0]?.relationships) };
}
