import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServerKind } from '../queries/operations.js';

const ENTRY = fileURLToPath(new URL('./server-process.ts', import.meta.url));

export interface ServerChild {
  kind: ServerKind;
  url: string;
  pid: number;
  /** Current resident set size of the child, in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
}

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export function startServerChild(kind: ServerKind, timeoutMs = 60_000): Promise<ServerChild> {
  const child: ChildProcess = fork(ENTRY, [kind], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} server did not start within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code} during start-up`));
    });
    child.once('message', (message) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const pid = child.pid!;
      resolve({
        kind,
        url: (message as { url: string }).url,
        pid,
        rss: () => statusField(pid, 'VmRSS'),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.send('close');
          }),
      });
    });
  });
}
