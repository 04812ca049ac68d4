import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

/** The one reader of process.env: everything else receives a validated Config. */

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memory = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 2g');
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  // 0 asks the OS for a free port (tests, benchmarks).
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI').optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters (Neo4j refuses shorter ones)').default('newsgraph-dev'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  // Statements in flight at once; more requests wait for a connection. Each holds its result in memory.
  NEO4J_MAX_CONNECTIONS: positiveInt.default(16),

  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HOME_DIR: z.string().min(1).default('.neo4j'),
  NEWSGRAPH_CACHE_DIR: z.string().min(1).default(resolve(homedir(), '.cache', 'newsgraph')),
  NEO4J_HEAP: memory.default('768m'),
  NEO4J_PAGECACHE: memory.default('512m'),
  NEO4J_START_TIMEOUT_S: positiveInt.default(120),
  JAVA_HOME: z.string().min(1).optional(),

  API_WRITE_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  API_READ_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  API_QUERIES_REQUIRE_AUTH: flag.default(false),
  API_MAX_DEPTH: positiveInt.default(8),
  API_MAX_COST: positiveInt.default(20_000),
  API_MAX_PAGE_SIZE: positiveInt.default(100),
  API_MAX_BODY_BYTES: positiveInt.default(1_048_576),
  API_MAX_BATCH_ARTICLES: positiveInt.default(100),
  INGEST_SAMPLE: flag.default(true),
});

export type Env = z.infer<typeof envSchema>;

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Connections the driver keeps at most: statements in flight at once. */
  maxConnections: number;
  /**
   * Whether each statement records the stack it was sent from, which a driver error then shows. The
   * driver formats that stack for every statement, a few per cent of the CPU of small reads: off in production.
   */
  callerStacks: boolean;
}

export interface EmbeddedNeo4jConfig {
  version: string;
  browserVersion: string;
  boltPort: number;
  httpPort: number;
  homeDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  password: string;
  javaHome?: string;
}

export interface ApiLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  maxBodyBytes: number;
  maxBatchArticles: number;
}

export interface AuthConfig {
  writeToken?: string;
  readToken?: string;
  queriesRequireAuth: boolean;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** Set when the user brings their own Neo4j: nothing is started then. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnection;
  embedded: EmbeddedNeo4jConfig;
  limits: ApiLimits;
  auth: AuthConfig;
  ingestSample: boolean;
}

export const NEO4J_VERSION = '5.26.30';
export const NEO4J_BROWSER_VERSION = '5.24.0';

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new AppError('BAD_CONFIG', `Invalid ${name}: ${issue?.message ?? 'unknown problem'}. Fix or unset it.`);
  }
  const e = parsed.data;
  const boltUri = `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    externalNeo4j: e.NEO4J_URI !== undefined,
    neo4j: {
      uri: e.NEO4J_URI ?? boltUri,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      maxConnections: e.NEO4J_MAX_CONNECTIONS,
      callerStacks: e.NODE_ENV !== 'production',
    },
    embedded: {
      version: NEO4J_VERSION,
      browserVersion: NEO4J_BROWSER_VERSION,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      homeDir: resolve(e.NEO4J_HOME_DIR),
      cacheDir: resolve(e.NEWSGRAPH_CACHE_DIR),
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
      password: e.NEO4J_PASSWORD,
      javaHome: e.JAVA_HOME,
    },
    limits: {
      maxDepth: e.API_MAX_DEPTH,
      maxCost: e.API_MAX_COST,
      maxPageSize: e.API_MAX_PAGE_SIZE,
      maxBodyBytes: e.API_MAX_BODY_BYTES,
      maxBatchArticles: e.API_MAX_BATCH_ARTICLES,
    },
    auth: {
      writeToken: e.API_WRITE_TOKEN,
      readToken: e.API_READ_TOKEN,
      queriesRequireAuth: e.API_QUERIES_REQUIRE_AUTH,
    },
    ingestSample: e.INGEST_SAMPLE,
  };
}
