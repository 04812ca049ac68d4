/**
 * For each operation: the statements newsgraph's API sends (captured from a real request), each PROFILEd
 * with its parameters — time, db hits, bytes returned, busiest operators — next to the raw-Cypher ceiling.
 * Runs on the bench Neo4j's current graph (run `npm run bench -- --quick` first; nothing is wiped).
 * Usage: npx tsx bench/profile/profile-queries.ts [operation…]
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { benchConfig } from '../bench-config.js';
import { createApiServer } from '../../src/api/http-server.js';
import { buildSchema } from '../../src/api/schema.js';
import { GraphDatabase, type Params } from '../../src/graph/database.js';
import { createStores } from '../../src/graph/stores.js';
import { createLogger } from '../../src/logger.js';
import { graphqlRequest, OPERATION_NAMES, variablesFor, type OperationName } from '../queries/operations.js';
import { pickInputs } from '../queries/pick-inputs.js';
import { RAW_CYPHER } from '../queries/raw-cypher-statements.js';
import { recordStatements } from './statement-recorder.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(plan);
  for (const child of plan.children) operators(child, out);
  return out;
}

async function profile(driver: Driver, label: string, cypher: string, params: Params): Promise<void> {
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const ops = operators(result.summary.profile as unknown as PlanNode);
    const bytes = JSON.stringify(result.records.map((r) => r.toObject())).length;
    console.log(`  ${label}: ${ms.toFixed(0)} ms, ${ops.reduce((n, o) => n + Number(o.dbHits), 0)} db hits, ${result.records.length} rows, ${bytes} bytes`);
    console.log(`    ${cypher.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const op of ops.sort((a, b) => Number(b.dbHits) - Number(a.dbHits)).slice(0, Number(process.env.PROFILE_TOP ?? 3))) {
      console.log(`    ${String(op.dbHits).padStart(7)} hits ${String(op.rows).padStart(6)} rows  ${op.operatorType} ${String(op.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 90)}`);
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
}

const wanted = process.argv.slice(2) as OperationName[];
const config = benchConfig({ NODE_ENV: 'development' });
const db = await GraphDatabase.connect(config.neo4j);
const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), { disableLosslessIntegers: true });
const server = createApiServer({ config, logger: createLogger('silent'), stores: createStores(db), schema: buildSchema() });
const port = await server.listen();
try {
  const inputs = await pickInputs(db);
  const recorded = recordStatements(db);
  for (const op of wanted.length > 0 ? wanted : OPERATION_NAMES) {
    recorded.length = 0;
    const body = JSON.stringify(graphqlRequest(op, 'ours', variablesFor(op, inputs, 1, 'ours')));
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const size = (await response.text()).length;
    console.log(`${op}: newsgraph ${(performance.now() - started).toFixed(0)} ms, ${recorded.length} statements, ${size} bytes of JSON`);
    for (const [i, s] of [...recorded].entries()) await profile(driver, `ours #${i + 1}`, s.cypher, s.params);
    await profile(driver, 'raw', RAW_CYPHER[op].cypher, variablesFor(op, inputs, 1, 'raw'));
  }
} finally {
  await server.close();
  await driver.close();
  await db.close();
}
