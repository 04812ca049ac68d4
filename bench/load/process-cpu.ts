import { readdirSync, readFileSync } from 'node:fs';

/** CPU time a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces) start at the state; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The Neo4j server whose home folder is `homeDir`, found by its command line; undefined if none runs. */
export function neo4jPidOf(homeDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('org.neo4j') && cmdline.includes(`--home-dir=${homeDir}\0`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}
