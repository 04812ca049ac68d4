/**
 * Bytes newsgraph allocates per answer of one operation, and where: V8's sampling heap profiler over
 * sequential requests to an in-process API on the bench Neo4j's current graph, counting objects that
 * were collected too. Allocation drives GC, the largest client cost of long answers, and unlike time it
 * barely moves when the machine is busy, so it is the steadier measure of a change to our process.
 * Usage: npx tsx bench/profile/allocation-profile.ts [op] [requests]
 */
import { Session } from 'node:inspector/promises';
import type { OperationName } from '../queries/operations.js';
import { startInProcessApi } from './in-process-api.js';

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

const op = (process.argv[2] ?? 'companies_nested') as OperationName;
const requests = Number(process.argv[3] ?? 50);
const api = await startInProcessApi(op);
const { ask } = api;
const session = new Session();
try {
  for (let i = 0; i < 30; i += 1) await ask(i);
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < requests; i += 1) await ask(i);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SampleNode } };
  const bySite = new Map<string, number>();
  let total = 0;
  const walk = (node: SampleNode): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber}`;
    total += node.selfSize;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
  console.log(`${op}: ${(total / requests / 1024).toFixed(0)} KB allocated per answer (${requests} answers)`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${(bytes / requests / 1024).toFixed(0).padStart(6)} KB  ${site}`);
  }
} finally {
  session.disconnect();
  await api.close();
}
