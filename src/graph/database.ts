import neo4j, { type Driver, type ManagedTransaction, isInt, isDateTime, isDate, isLocalDateTime, Neo4jError } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConnection } from '../config.js';
import { AppError } from '../errors.js';

/**
 * The one module that talks to neo4j-driver. Units of work are functions handed to executeRead/executeWrite,
 * which retry transient failures; values always travel as parameters; Neo4j types are turned into plain
 * JavaScript here, once.
 */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Tx {
  run<R extends Row = Row>(cypher: string, params?: Params): Promise<R[]>;
}

export interface DatabaseOptions {
  maxConnectionPoolSize?: number;
  connectionTimeoutMs?: number;
  /** How long transaction functions keep retrying transient failures. */
  maxRetryTimeMs?: number;
}

/** Cypher wants integers where JavaScript has only numbers: SKIP, LIMIT, list slices, procedure limits. */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Neo4j values as plain JavaScript. Rows are walked in place: most values need no conversion (integers
 * arrive as numbers, projections format dates), so copying every list and map would only feed the GC.
 */
export function toPlain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const inner: unknown = value[i];
      if (inner !== null && typeof inner === 'object') value[i] = toPlain(inner);
      else if (inner === undefined) value[i] = null;
    }
    return value;
  }
  // Maps built by Cypher projections arrive as plain objects.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const inner = record[key];
      if (inner !== null && typeof inner === 'object') record[key] = toPlain(inner);
      else if (inner === undefined) record[key] = null;
    }
    return record;
  }
  if (isInt(value)) return value.toNumber();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (isDate(value) || isLocalDateTime(value)) return value.toString();
  const record = value as Record<string, unknown>;
  // Nodes and relationships: their properties are what callers want.
  if ('properties' in record && ('labels' in record || 'type' in record) && 'elementId' in record) {
    return toPlain({ ...(record.properties as Record<string, unknown>) });
  }
  return value;
}

/** Result records as plain rows. */
function plainRows<R extends Row>(records: ReadonlyArray<{ toObject(): object }>): R[] {
  return records.map((record) => toPlain(record.toObject()) as R);
}

/** Maps driver failures to our codes by Neo4j's error codes, never by message text. */
export function mapNeo4jError(error: unknown, uri: string): AppError | unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new AppError('SERVICE_UNAVAILABLE', `Neo4j at ${uri} is not reachable. Start it (npm run neo4j -- start) or check NEO4J_URI.`, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError('NEO4J_AUTH_FAILED', `Neo4j at ${uri} rejected the credentials. Set NEO4J_USERNAME/NEO4J_PASSWORD to the right ones.`, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AppError('BAD_CONFIG', `Neo4j at ${uri} has no such database. Check NEO4J_DATABASE.`, { cause: error });
  }
  return error;
}

export class GraphDatabase {
  /** Counts Cypher statements sent; the API's N+1 test pins a bound on it. */
  queryCount = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly connection: Neo4jConnection,
    private readonly maxRetryTimeMs: number,
  ) {}

  static async connect(connection: Neo4jConnection, options: DatabaseOptions = {}): Promise<GraphDatabase> {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? connection.maxConnections,
      connectionTimeout: options.connectionTimeoutMs ?? 5000,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      userAgent: 'newsgraph/0.1',
    });
    const database = new GraphDatabase(driver, connection, options.maxRetryTimeMs ?? 5_000);
    try {
      await driver.verifyConnectivity({ database: connection.database });
      await database.read((tx) => tx.run('RETURN 1 AS ok'));
    } catch (error) {
      await driver.close();
      const mapped = mapNeo4jError(error, connection.uri);
      if (mapped instanceof AppError && mapped.code === 'SERVICE_UNAVAILABLE') {
        throw new AppError('NEO4J_UNREACHABLE', `Cannot reach Neo4j at ${connection.uri}. Start it (npm run neo4j -- start) or fix NEO4J_URI.`, { cause: error });
      }
      throw mapped;
    }
    return database;
  }

  get uri(): string {
    return this.connection.uri;
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  /**
   * One read statement as an auto-commit transaction: a single round trip (RUN and PULL), where a
   * transaction function takes three (BEGIN, RUN and PULL, COMMIT). Most of the API's reads are one
   * statement, and on loopback the socket writes cost more than the small statements themselves.
   * Transient failures are retried with backoff, as executeRead does, within maxRetryTimeMs.
   */
  async readOne<R extends Row = Row>(cypher: string, params: Params = {}): Promise<R[]> {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.queryCount += 1;
        const result = await this.send(() => session.run(cypher, params));
        return plainRows<R>(result.records);
      } catch (error) {
        if (!(error instanceof Neo4jError && error.retriable) || Date.now() - started > this.maxRetryTimeMs) throw mapNeo4jError(error, this.connection.uri);
      } finally {
        // Closing a session whose connection broke fails too; the statement's own outcome is what counts.
        await session.close().catch(() => undefined);
      }
      await sleep(Math.min(1000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4));
    }
  }

  /** True when Neo4j answers a trivial query now. */
  async ping(): Promise<boolean> {
    try {
      await this.read((tx) => tx.run('RETURN 1 AS ok'));
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const unit = (managed: ManagedTransaction) => work(this.wrap(managed));
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw mapNeo4jError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Sends a statement. The driver's Result captures and formats the caller's stack as it is created, for
   * its errors to show; without callerStacks the capture is left empty (stack traces of no frames).
   */
  private send<T>(run: () => T): T {
    if (this.connection.callerStacks) return run();
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return run();
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  private wrap(managed: ManagedTransaction): Tx {
    return {
      run: async <R extends Row>(cypher: string, params: Params = {}): Promise<R[]> => {
        this.queryCount += 1;
        const result = await this.send(() => managed.run(cypher, params));
        return plainRows<R>(result.records);
      },
    };
  }
}
