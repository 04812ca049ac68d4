/**
 * Where newsgraph's process spends its CPU per answer of one operation: V8's sampling CPU profiler over
 * sequential requests to an in-process API on the bench Neo4j's current graph, as self time per function
 * and per package. The client's share (fetch, reading the answer) is in the figures too. Time in a socket
 * write is mostly waiting for the core after waking Neo4j, not work: read the rest as shares of the busy time.
 * Usage: npx tsx bench/profile/cpu-profile.ts [op] [requests] [rows]
 */
import { Session } from 'node:inspector/promises';
import type { OperationName } from '../queries/operations.js';
import { startInProcessApi } from './in-process-api.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const op = (process.argv[2] ?? 'companies_nested') as OperationName;
const requests = Number(process.argv[3] ?? 200);
const rows = Number(process.argv[4] ?? 30);

/** The package a script belongs to, or our own folder under src/. */
function packageOf(url: string): string {
  if (url === '') return '(native or V8)';
  if (url.startsWith('node:')) return 'node';
  const ours = /\/src\/([^/]+)\//.exec(url);
  if (ours && !url.includes('node_modules')) return `src/${ours[1]}`;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return module?.[1] ?? url.split('/').slice(-2).join('/');
}

function printShares(title: string, shares: Map<string, number>, total: number, count: number): void {
  console.log(title);
  for (const [name, time] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${name}`);
  }
}

const api = await startInProcessApi(op);
const session = new Session();
try {
  for (let i = 0; i < 50; i += 1) await api.ask(i);
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < requests; i += 1) await api.ask(i);
  const cpu = process.cpuUsage(cpuBefore);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
    if (functionName === '(idle)') return;
    const time = profile.timeDeltas[i] ?? 0;
    const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(site, (byFunction.get(site) ?? 0) + time);
    byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + time);
    busy += time;
  });
  console.log(`${op}: ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms of process CPU per answer, client included (${requests} answers)`);
  printShares('by package (share of busy samples)', byPackage, busy, 12);
  printShares('by function', byFunction, busy, rows);
} finally {
  session.disconnect();
  await api.close();
}
