import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** CPU time (user + system, in clock ticks) a process has used so far; 0 if it is gone. */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Waits until the given processes have (nearly) stopped using CPU, so requests a finished load run left
 * in flight (autocannon stops sending, the server and Neo4j keep working) do not slow the next run.
 */
export async function waitForQuiet(pids: number[], maxMs = 20_000, windowMs = 200, maxTicksPerWindow = 4): Promise<number> {
  const started = performance.now();
  let last = pids.map(cpuTicks);
  while (performance.now() - started < maxMs) {
    await delay(windowMs);
    const now = pids.map(cpuTicks);
    const busiest = Math.max(...now.map((t, i) => t - (last[i] ?? 0)));
    last = now;
    if (busiest <= maxTicksPerWindow) break;
  }
  return performance.now() - started;
}
