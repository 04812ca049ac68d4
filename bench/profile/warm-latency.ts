/**
 * Warm latency of one operation, sequentially: newsgraph's API end to end, the statements it sends run
 * alone through the driver, and the raw-Cypher ceiling. Splits time spent in Neo4j from time spent in our
 * process. Runs on the bench Neo4j's current graph. Usage: npx tsx bench/profile/warm-latency.ts [op] [n]
 */
import { variablesFor, type OperationName } from '../queries/operations.js';
import { RAW_CYPHER } from '../queries/raw-cypher-statements.js';
import { startInProcessApi } from './in-process-api.js';
import { recordStatements } from './statement-recorder.js';

const op = (process.argv[2] ?? 'companies_nested') as OperationName;
const n = Number(process.argv[3] ?? 100);
const api = await startInProcessApi(op);
const { db, inputs, ask } = api;

async function timed(label: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(n, 30); i += 1) await run(i);
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} median ${times[Math.floor(n / 2)]!.toFixed(2)} ms  p90 ${times[Math.floor(n * 0.9)]!.toFixed(2)} ms`);
}

try {
  const recorded = recordStatements(db);
  await ask(0);
  const statements = [...recorded];
  console.log(`${op}: ${statements.length} statement(s)`);
  await timed('ours end to end', ask);
  await timed('ours statements alone', async () => {
    for (const s of statements) await db.read((tx) => tx.run(s.cypher, s.params));
  });
  await timed('raw statement', (i) => db.read((tx) => tx.run(RAW_CYPHER[op].cypher, variablesFor(op, inputs, i, 'raw'))));
} finally {
  await api.close();
}
