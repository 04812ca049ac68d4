import { afterAll, beforeAll } from 'vitest';
import { cleanUpArticles, connectTestDb, suitePrefix } from './graph.js';
import { buildSchema } from '../../src/api/schema.js';
import { createApiServer, type ApiServer } from '../../src/api/http-server.js';
import { createLogger } from '../../src/logger.js';
import type { GraphDatabase } from '../../src/graph/database.js';
import { createStores } from '../../src/graph/stores.js';
import { testConfig } from './neo4j-env.js';

export const WRITE_TOKEN = 'test-writer-token-0123456789';
export const READ_TOKEN = 'test-reader-token-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }>;
}

export interface TestApi {
  url: string;
  server: ApiServer;
  db: GraphDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over the test Neo4j. */
export async function startTestApi(db: GraphDatabase, env: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig({ PORT: '0', API_WRITE_TOKEN: WRITE_TOKEN, API_READ_TOKEN: READ_TOKEN, ...env });
  const server = createApiServer({ config, logger: createLogger('silent'), stores: createStores(db), schema: buildSchema() });
  const port = await server.listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    server,
    db,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    close: () => server.close(),
  };
}

export interface ApiSuite {
  db: GraphDatabase;
  api: TestApi;
  prefix: string;
}

/**
 * A describe block's shared harness: a connection, a server, and an id prefix under which everything
 * the suite writes is retracted afterwards. Fields are filled in before the first test runs.
 */
export function useApiSuite(name: string, env: Record<string, string> = {}): ApiSuite {
  const suite = { prefix: suitePrefix(name) } as ApiSuite;
  beforeAll(async () => {
    suite.db = await connectTestDb();
    suite.api = await startTestApi(suite.db, env);
  });
  afterAll(async () => {
    await cleanUpArticles(suite.db, suite.prefix);
    await suite.api.close();
    await suite.db.close();
  });
  return suite;
}
