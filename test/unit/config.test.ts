import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

function failure(env: Record<string, string>): AppError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('starts our own Neo4j on loopback when no NEO4J_URI is given', () => {
    const config = loadConfig({});
    expect(config.externalNeo4j).toBe(false);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.port).toBe(4000);
    expect(config.embedded.httpPort).toBe(7474);
  });

  it("uses the user's Neo4j as given", () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USERNAME: 'me',
      NEO4J_PASSWORD: 'secret-pass',
      NEO4J_DATABASE: 'news',
      NEO4J_MAX_CONNECTIONS: '4',
    });
    expect(config.externalNeo4j).toBe(true);
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://example.databases.neo4j.io', username: 'me', password: 'secret-pass', database: 'news', maxConnections: 4, callerStacks: true });
  });

  it('records where each statement was sent from for driver errors, except in production where it costs CPU per statement', () => {
    expect(loadConfig({}).neo4j.callerStacks).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).neo4j.callerStacks).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).neo4j.callerStacks).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD'],
    [{ API_QUERIES_REQUIRE_AUTH: 'maybe' }, 'API_QUERIES_REQUIRE_AUTH'],
    [{ NEO4J_MAX_CONNECTIONS: '0' }, 'NEO4J_MAX_CONNECTIONS'],
  ])('rejects %o with a BAD_CONFIG error naming %s', (env, name) => {
    const error = failure(env);
    expect(error.code).toBe('BAD_CONFIG');
    expect(error.message).toContain(name);
    expect(error.message).not.toContain('\n');
  });
});
