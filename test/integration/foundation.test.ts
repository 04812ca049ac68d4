import { Neo4jError } from 'neo4j-driver';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../../src/graph/database.js';
import { startEmbeddedNeo4j } from '../../src/neo4j-server/embedded-neo4j.js';
import { AppError } from '../../src/errors.js';
import { connectTestDb, suitePrefix } from '../support/graph.js';
import { testConfig } from '../support/neo4j-env.js';
import { startTestApi, type TestApi } from '../support/api.js';

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function listenOnFreePort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolvePromise) => {
    const server = createServer((socket) => {
      socket.on('error', () => {});
      socket.end('not neo4j\n');
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('the Neo4j the project runs', () => {
  const config = testConfig();

  it.runIf(!config.externalNeo4j)('is reused, not started twice, when it already answers', async () => {
    const result = await startEmbeddedNeo4j(config.embedded);
    expect(result.started).toBe(false);
    expect(result.version).toMatch(/^5\.26\./);
  });

  it.runIf(!config.externalNeo4j)('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch(`http://127.0.0.1:${config.embedded.httpPort}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Neo4j Browser');
  });

  it('refuses a port taken by something that is not Neo4j, saying which variable to change', async () => {
    const { server, port } = await listenOnFreePort();
    try {
      const other = testConfig({ NEO4J_BOLT_PORT: String(port), NEO4J_HTTP_PORT: String(port), NEO4J_HOME_DIR: '.neo4j-test/port-check' });
      const error = await failureOf(startEmbeddedNeo4j(other.embedded));
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(String(port));
      expect(error.message).toMatch(/NEO4J_(BOLT|HTTP)_PORT/);
    } finally {
      server.close();
    }
  });
});

describe('connecting with bad configuration', () => {
  it('says the password is wrong', async () => {
    const { neo4j } = testConfig();
    const error = await failureOf(GraphDatabase.connect({ ...neo4j, password: 'definitely-not-it' }));
    expect(error.code).toBe('NEO4J_AUTH_FAILED');
    expect(error.message).toContain('NEO4J_PASSWORD');
  });

  it('says an unreachable NEO4J_URI cannot be reached', async () => {
    const { server, port } = await listenOnFreePort();
    server.close();
    const { neo4j } = testConfig();
    const error = await failureOf(GraphDatabase.connect({ ...neo4j, uri: `bolt://127.0.0.1:${port}` }, { connectionTimeoutMs: 2000 }));
    expect(error.code).toBe('NEO4J_UNREACHABLE');
    expect(error.message).toContain('NEO4J_URI');
  });
});

describe('statements that fail', () => {
  it.each([true, false])('keep the error and its Neo4j code whether or not caller stacks are recorded (%s), and leave stack traces working', async (callerStacks) => {
    const db = await GraphDatabase.connect({ ...testConfig().neo4j, callerStacks });
    try {
      const failed = await db.readOne('RETURN 1 / toInteger($zero) AS x', { zero: 0 }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(Neo4jError);
      expect((failed as Neo4jError).code).toBe('Neo.ClientError.Statement.ArithmeticError');
      const stack = (failed as Neo4jError).stack ?? '';
      expect(stack).toContain('/ by zero');
      // With caller stacks the error shows where our code sent the statement from; without, the message only.
      expect(stack.includes('foundation.test')).toBe(callerStacks);
      expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(2);
    } finally {
      await db.close();
    }
  });
});

describe('the HTTP server', () => {
  let db: GraphDatabase;
  let api: TestApi;
  const prefix = suitePrefix('foundation');

  beforeAll(async () => {
    db = await connectTestDb();
    api = await startTestApi(db);
  });

  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (a:Article) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }));
    await api.close();
    await db.close();
  });

  it('answers /healthz while the process lives', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the GraphiQL IDE and all its assets from this server, with no CDN', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(4);
    expect(assets.every((asset) => asset.startsWith('/ide/'))).toBe(true);
    for (const asset of [...assets, '/ide/examples.graphql']) {
      const response = await fetch(`${api.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(500);
    }
  });

  it('answers /readyz with 200 when Neo4j is reachable', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(200);
  });

  it('answers /readyz with 503 when Neo4j is not', async () => {
    const lost = await connectTestDb();
    const other = await startTestApi(lost);
    await lost.close();
    try {
      const response = await fetch(`${other.url}/readyz`);
      expect(response.status).toBe(503);
    } finally {
      await other.close();
    }
  });

  it('serves a GraphQL query with data read from Neo4j', async () => {
    const id = `${prefix}article`;
    await db.write((tx) =>
      tx.run("CREATE (:Article {id: $id, kind: 'article', title: 'Written by the test', text: 'x', contentHash: 'h'})", { id }),
    );
    const response = await api.gql<{ article: { id: string; title: string; kind: string } }>(
      'query($id: ID!) { article(id: $id) { id title kind } }',
      { id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.article).toEqual({ id, title: 'Written by the test', kind: 'ARTICLE' });
  });

  it('refuses a port already in use with one clear error', async () => {
    const { server, port } = await listenOnFreePort();
    try {
      const { createApiServer } = await import('../../src/api/http-server.js');
      const { buildSchema } = await import('../../src/api/schema.js');
      const { createStores } = await import('../../src/graph/stores.js');
      const { createLogger } = await import('../../src/logger.js');
      const clash = createApiServer({ config: testConfig({ PORT: String(port) }), logger: createLogger('silent'), stores: createStores(db), schema: buildSchema() });
      const error = await failureOf(clash.listen());
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain('PORT');
      await clash.close();
    } finally {
      server.close();
    }
  });
});
