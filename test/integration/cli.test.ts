import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/graph/database.js';
import { cleanUpArticles, connectTestDb, suitePrefix } from '../support/graph.js';
import { testConfig } from '../support/neo4j-env.js';

const run = promisify(execFile);

/** The real command line, pointed at the test Neo4j through NEO4J_URI (so it starts nothing). */
async function newsgraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { neo4j } = testConfig();
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('newsgraph ingest and delete', () => {
  let db: GraphDatabase;
  const prefix = suitePrefix('cli');
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-ingest-'));

  beforeAll(async () => {
    db = await connectTestDb();
  });

  afterAll(async () => {
    await cleanUpArticles(db, prefix);
    await db.close();
  });

  it('ingests JSON Lines, reports the bad line, and prints a summary', async () => {
    const file = join(dir, 'wire.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: `${prefix}1`, title: 'Halvorsen Shipping ASA to acquire Nordwind Logistics', body: 'Halvorsen Shipping ASA agreed to acquire Nordwind Logistics for $300 million, the companies said.', publishedAt: '2026-11-02T09:00:00Z' }),
        '{"broken": ',
        JSON.stringify({ id: `${prefix}2`, title: 'Nordwind Logistics names new CEO', body: 'Nordwind Logistics said Maria Keller will become chief executive officer.' }),
      ].join('\n'),
    );
    const result = await newsgraph('ingest', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 2 documents \(0 unchanged, 1 skipped\): \d+ entities, \d+ relations in [\d.]+s$/m);
    expect(result.stderr).toContain('skipped wire.jsonl:2: not valid JSON');
    const stored = await db.read((tx) => tx.run<{ id: string }>('MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id ORDER BY id', { prefix }));
    expect(stored.map((r) => r.id)).toEqual([`${prefix}1`, `${prefix}2`]);
  });

  it('exits non-zero when nothing could be ingested', async () => {
    const file = join(dir, 'empty.jsonl');
    writeFileSync(file, '{"nope": 1}\n');
    const result = await newsgraph('ingest', file);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('ingested 0 documents');
  });

  it('retracts an article by id, and says so when there is none', async () => {
    const deleted = await newsgraph('delete', `${prefix}2`);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/^deleted /);
    const again = await newsgraph('delete', `${prefix}2`);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim()).toBe(`NOT_FOUND: No article with id ${prefix}2.`);
  });
});

describe('npm start with bad configuration', () => {
  /** The composition root as `npm start` runs it; it must stop with one line, never a stack. */
  async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
    try {
      await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, INGEST_SAMPLE: 'false', PORT: '0', ...env }, timeout: 60_000 });
      return { code: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stderr: string };
      return { code: failed.code, stderr: failed.stderr };
    }
  }

  it.each([
    ['an invalid PORT', { PORT: 'http' }, /^BAD_CONFIG: Invalid PORT/],
    ['an unreachable NEO4J_URI', { NEO4J_URI: 'bolt://127.0.0.1:1' }, /^NEO4J_UNREACHABLE: .*NEO4J_URI/],
    ['a wrong password', { NEO4J_URI: testConfig().neo4j.uri, NEO4J_PASSWORD: 'wrong-password-123' }, /^NEO4J_AUTH_FAILED: .*NEO4J_PASSWORD/],
  ])('exits non-zero with one clear line for %s', async (_name, env, message) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
