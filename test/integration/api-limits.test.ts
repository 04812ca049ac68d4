import { createServer, Socket as NetSocket, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../../src/graph/database.js';
import { connectTestDb, suitePrefix } from '../support/graph.js';
import { startTestApi, WRITE_TOKEN, type TestApi } from '../support/api.js';
import { removeFixture, writeCompanyFixture } from '../support/fixtures.js';
import { testConfig } from '../support/neo4j-env.js';

const NESTED = `query($filter: CompanyFilter, $first: Int) {
  companies(filter: $filter, first: $first) {
    edges { node { name
      listings { symbol }
      partners { name partners { name } movedBy { changePct cause { name } } }
      movedBy { direction changePct cause { name } evidence { sentence article { id } } }
    } }
  } }`;

describe('the API under load and abuse', () => {
  let db: GraphDatabase;
  let api: TestApi;
  const prefix = suitePrefix('limits');

  beforeAll(async () => {
    db = await connectTestDb();
    api = await startTestApi(db, { API_MAX_DEPTH: '8', API_MAX_COST: '500000', API_MAX_PAGE_SIZE: '100', API_MAX_BODY_BYTES: '20000' });
    await writeCompanyFixture(db, prefix, 500);
  });

  afterAll(async () => {
    await removeFixture(db, prefix);
    await api.close();
    await db.close();
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.queryCount;
    const response = await api.gql<{ companies: { edges: Array<{ node: { partners: unknown[]; movedBy: unknown[] } }> } }>(NESTED, { filter: { nameContains: prefix }, first });
    expect(response.errors).toBeUndefined();
    expect(response.data?.companies.edges).toHaveLength(first);
    expect(response.data?.companies.edges.every((e) => e.node.movedBy.length === 1)).toBe(true);
    return db.queryCount - before;
  }

  it('sends a number of Cypher statements bounded by the query depth, not by the result size', async () => {
    const fifty = await statementsFor(50);
    const five = await statementsFor(5);
    // companies; all neighbour lists of level 2; of level 3 with the causes and evidence articles; level-4 causes
    expect(fifty).toBeLessThanOrEqual(6);
    expect(fifty).toBe(five);
  });

  it('reads a company and the neighbour lists the query selects in one statement', async () => {
    const before = db.queryCount;
    const response = await api.gql<{ company: { partners: unknown[]; movedBy: Array<{ changePct: number; cause: { name: string } }>; listings: unknown[] } }>(
      `query($name: String!) { company(name: $name) { name listings { symbol } partners { name } movedBy { changePct cause { name } } } }`,
      { name: `${prefix} Company 0007` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.company.partners).toHaveLength(2);
    expect(response.data?.company.movedBy).toEqual([{ changePct: 7, cause: { name: `${prefix} Policy` } }]);
    expect(db.queryCount - before).toBe(1);
  });

  it('lists only companies as partners, read ahead or batched, while relations still show every partnership', async () => {
    // A partnership with a policy node, stronger than any other: the partners field, typed [Company!], must leave it out.
    await db.write((tx) =>
      tx.run(
        `MATCH (c:Company {id: $prefix + 'company-499'}) MATCH (p:Policy {id: $prefix + 'policy'})
         MERGE (c)-[r:PARTNERS_WITH {key: 'PARTNERS_WITH|' + c.id + '|' + p.id}]->(p) SET r.confidence = 0.99`,
        { prefix },
      ),
    );
    type Partnered = { id: string; partners: Array<{ id: string; partners: Array<{ id: string }> }>; relations: { totalCount: number } };
    const response = await api.gql<{ company: Partnered }>(
      `query($name: String!) { company(name: $name) { id partners { id partners { id } } relations(types: [PARTNERS_WITH]) { totalCount } } }`,
      { name: `${prefix} Company 0499` },
    );
    expect(response.errors).toBeUndefined();
    const company = response.data?.company;
    expect(company?.partners.map((p) => p.id)).toEqual([`${prefix}company-498`]);
    expect(company?.relations.totalCount).toBe(2);
    // Lists below the first level come from the batched loader, not the look-ahead.
    const nested = await api.gql<{ company: Partnered }>(`query($name: String!) { company(name: $name) { partners { id partners { id } } } }`, {
      name: `${prefix} Company 0498`,
    });
    const ofLast = nested.data?.company.partners.find((p) => p.id === `${prefix}company-499`);
    expect(ofLast?.partners.map((p) => p.id)).toEqual([`${prefix}company-498`]);
  });

  it('walks a 500-company list page by page without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: Awaited<ReturnType<typeof api.gql<{ companies: { totalCount: number; edges: Array<{ cursor: string; node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> = await api.gql(
        'query($f: CompanyFilter, $after: String) { companies(filter: $f, first: 37, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
        { f: { nameContains: prefix }, after },
      );
      const page = response.data?.companies;
      if (!page) throw new Error(JSON.stringify(response.errors));
      expect(page.totalCount).toBe(500);
      seen.push(...page.edges.map((e) => e.node.name));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(500 / 37));
    expect(new Set(seen).size).toBe(500);
    expect(seen).toEqual([...seen].sort());
  });

  it("lists a company's stock moves newest first, undated ones last, filtered by date", async () => {
    const companyId = `${prefix}company-0`;
    await db.write((tx) =>
      tx.run(
        `MATCH (c:Company {id: $companyId}) MATCH (p:Policy {id: $policyId})
         UNWIND ['2026-01-01', '2026-03-01', '2026-02-01'] AS day
         CREATE (c)-[:MOVED_BY {key: 'MOVED_BY|' + c.id + '|' + p.id + '|' + day, direction: 'DOWN', changePct: 2.0, confidence: 0.9,
                  date: datetime(day + 'T00:00:00Z'), evArticleIds: [], evSentences: [], evStarts: [], evEnds: [], evConfidences: []}]->(p)`,
        { companyId, policyId: `${prefix}policy` },
      ),
    );
    const response = await api.gql<{ all: { edges: Array<{ node: { date: string | null } }> }; since: { totalCount: number } }>(
      `query($id: ID!) { all: stockMoves(companyId: $id, first: 10) { edges { node { date } } }
                         since: stockMoves(companyId: $id, since: "2026-02-01T00:00:00Z", direction: DOWN) { totalCount } }`,
      { id: companyId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.all.edges.map((e) => e.node.date?.slice(0, 10) ?? null)).toEqual(['2026-03-01', '2026-02-01', '2026-01-01', null]);
    expect(response.data?.since.totalCount).toBe(2);
  });

  it('refuses a page larger than the maximum before touching Neo4j', async () => {
    const before = db.queryCount;
    const response = await api.gql('{ companies(first: 1000) { totalCount } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('100');
    expect(db.queryCount).toBe(before);
  });

  it('refuses a query deeper than allowed before touching Neo4j', async () => {
    const before = db.queryCount;
    const deep = '{ companies(first: 1) { edges { node { partners { partners { partners { partners { partners { partners { name } } } } } } } } } }';
    const response = await api.gql(deep);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(db.queryCount).toBe(before);
  });

  it('refuses a query whose cost is over the limit before touching Neo4j', async () => {
    const before = db.queryCount;
    const wide = '{ companies(first: 100) { edges { node { partners { partners { partners { partners { name } } } } } } } }';
    const response = await api.gql(wide);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(db.queryCount).toBe(before);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await api.gql(`{ stats { articles } } # ${'x'.repeat(30_000)}`);
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const response = await api.gql('{ articles(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('closes queries to anonymous callers when configured to', async () => {
    const closed = await startTestApi(db, { API_QUERIES_REQUIRE_AUTH: 'true' });
    try {
      const anonymous = await closed.gql('{ stats { articles } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const allowed = await closed.gql('{ stats { articles } }', {}, WRITE_TOKEN);
      expect(allowed.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

/** A TCP relay to the test Neo4j that can be cut and reopened, like a database that disappears mid-flight. */
async function cuttableRelay(): Promise<{ uri: string; cut(): void; reopen(): Promise<void> }> {
  const target = new URL(testConfig().neo4j.uri.replace(/^neo4j/, 'bolt'));
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const upstream = new NetSocket();
    upstream.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
  });
  const listen = (port: number) => new Promise<void>((resolveListening) => relay.listen(port, '127.0.0.1', () => resolveListening()));
  await listen(0);
  const address = relay.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut() {
      relay.close();
      for (const socket of sockets) socket.destroy();
    },
    reopen: () => listen(port),
  };
}

describe('when Neo4j goes away', () => {
  it('answers SERVICE_UNAVAILABLE without a stack trace in production, and /readyz says 503', async () => {
    const relay = await cuttableRelay();
    const config = testConfig();
    const db = await GraphDatabase.connect({ ...config.neo4j, uri: relay.uri }, { connectionTimeoutMs: 1000 });
    const api = await startTestApi(db, { NODE_ENV: 'production' });
    try {
      expect((await api.gql('{ stats { articles } }')).errors).toBeUndefined();
      relay.cut();
      const response = await api.gql('{ stats { articles } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js|MATCH|RETURN/);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
    } finally {
      await api.close();
      await db.close();
    }
  });

  it('answers a read that started while the database was briefly away, once it is back', async () => {
    const relay = await cuttableRelay();
    const config = testConfig();
    const db = await GraphDatabase.connect({ ...config.neo4j, uri: relay.uri }, { connectionTimeoutMs: 1000, maxRetryTimeMs: 10_000 });
    try {
      relay.cut();
      const before = db.queryCount;
      const read = db.readOne<{ ok: number }>('RETURN 1 AS ok');
      // Reopened only once a second attempt has started, so the first one failed (the relay refuses while closed).
      await expect.poll(() => db.queryCount - before, { timeout: 5000 }).toBeGreaterThan(1);
      await relay.reopen();
      expect(await read).toEqual([{ ok: 1 }]);
    } finally {
      await db.close();
    }
  });
});
