import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_API_MAX_COST, BENCH_NEO4J_ENV } from '../bench-config.js';
import type { ServerKind } from '../queries/operations.js';

const ENTRY = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** newsgraph as it runs in production (`npm start`): compiled JavaScript, no TypeScript loader. */
const OURS_ENTRY = join(ROOT, 'dist', 'main.js');
/** The Node flags of `npm start` (package.json), so the bench measures the same process. */
const OURS_NODE_FLAGS = ['--max-semi-space-size=8'];

/** Compiles newsgraph (`npm run build`), so the bench measures the code as it is now. */
export function buildOurs(): void {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The environment that points newsgraph's own entry point at the bench Neo4j, serving only. */
function oursEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...BENCH_NEO4J_ENV,
    NEO4J_URI: `bolt://127.0.0.1:${BENCH_NEO4J_ENV.NEO4J_BOLT_PORT}`,
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    INGEST_SAMPLE: 'false',
    API_MAX_COST: BENCH_API_MAX_COST,
  };
  delete env.API_READ_TOKEN;
  delete env.API_QUERIES_REQUIRE_AUTH;
  return env;
}

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
  const child: ChildProcess =
    kind === 'ours'
      ? fork(OURS_ENTRY, [], { execArgv: OURS_NODE_FLAGS, env: oursEnv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      : fork(ENTRY, [kind], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
        url: (message as { url?: string; listening?: string }).url ?? String((message as { listening?: string }).listening),
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
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
