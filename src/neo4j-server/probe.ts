import { connect } from 'node:net';

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface Neo4jDiscovery {
  neo4jVersion: string;
  boltDirect?: string;
}

/** Neo4j's HTTP discovery document (GET /), or undefined when what answers is not a Neo4j. */
export async function discoverNeo4j(httpPort: number, host = '127.0.0.1'): Promise<Neo4jDiscovery | undefined> {
  try {
    const response = await fetch(`http://${host}:${httpPort}/`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) return undefined;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return undefined;
    const record = body as Record<string, unknown>;
    if (typeof record.neo4j_version !== 'string') return undefined;
    return {
      neo4jVersion: record.neo4j_version,
      boltDirect: typeof record.bolt_direct === 'string' ? record.bolt_direct : undefined,
    };
  } catch {
    return undefined;
  }
}
