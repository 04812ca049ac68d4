import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphDatabase } from './database.js';

const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher', 'schema.cypher');

/** Statements of a .cypher file: `//` comment lines dropped, split on the semicolons that end statements. */
export function parseCypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Constraints and indexes, created if missing; a fresh and an existing database end up the same. */
export async function applySchema(db: GraphDatabase, source = readFileSync(SCHEMA_FILE, 'utf8')): Promise<number> {
  const statements = parseCypherStatements(source);
  for (const statement of statements) {
    // Schema commands cannot share a transaction with each other.
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
  return statements.length;
}
