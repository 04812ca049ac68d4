import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCypherStatements } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/database.js';
import { writeArticleBatch, type PreparedArticle } from '../../src/graph/article-writer.js';
import { retractArticles } from '../../src/graph/article-retraction.js';
import { ingestItems, writeIsolating } from '../../src/ingest/ingest-news.js';
import { readSources, type SourceItem } from '../../src/ingest/read-sources.js';
import { prepareArticle } from '../../src/ingest/prepare-article.js';
import { SAMPLE_NEWS_DIR } from '../../src/ingest/sample-news.js';
import type { RejectedInput } from '../../src/ingest/article-input.js';
import { cleanUpArticles, connectTestDb, graphCounts, suitePrefix } from '../support/graph.js';

async function collect(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

/** The sample news under this suite's own article ids, so nothing else in the database is touched. */
function prefixed(items: SourceItem[], prefix: string): SourceItem[] {
  return items.map((item) => ('input' in item ? { ...item, input: { ...item.input, id: `${prefix}${item.input.id ?? ''}` } } : item));
}

/** Everything the suite's articles reach: mentioned entities and relationships with their evidence. */
async function subgraph(db: GraphDatabase, prefix: string) {
  return db.read(async (tx) => {
    const entities = await tx.run<{ id: string; name: string; aliases: string[] }>(
      `MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id STARTS WITH $prefix
       RETURN DISTINCT e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id`,
      { prefix },
    );
    const relations = await tx.run<{ key: string; type: string; source: string; target: string; props: Record<string, unknown> }>(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE any(x IN r.evArticleIds WHERE x STARTS WITH $prefix)
       RETURN r.key AS key, type(r) AS type, s.name AS source, t.name AS target, properties(r) AS props ORDER BY key`,
      { prefix },
    );
    return { entities, relations };
  });
}

describe('ingesting the sample news', () => {
  let db: GraphDatabase;
  const prefix = suitePrefix('ingest');
  let items: SourceItem[];
  let before: { nodes: number; relationships: number };

  beforeAll(async () => {
    db = await connectTestDb();
    items = prefixed(await collect([SAMPLE_NEWS_DIR]), prefix);
    before = await graphCounts(db);
  });

  afterAll(async () => {
    await cleanUpArticles(db, prefix);
    await db.close();
  });

  it('splits each file into its article and its headlines, one Article node each', async () => {
    const summary = await ingestItems(db, items, { batchSize: 10 });
    expect(summary.rejected).toEqual([]);
    expect(summary.documents).toBe(items.length);
    const kinds = await db.read((tx) =>
      tx.run<{ kind: string; n: number }>('MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.kind AS kind, count(*) AS n ORDER BY kind', { prefix }),
    );
    expect(kinds).toEqual([
      { kind: 'article', n: 2 },
      { kind: 'headline', n: items.length - 2 },
    ]);
  });

  it('stores the companies with their listings', async () => {
    const listings = await db.read((tx) =>
      tx.run<{ company: string; listing: string }>(
        `MATCH (a:Article)-[:MENTIONS]->(c:Company)-[:LISTED_AS]->(l:Listing) WHERE a.id STARTS WITH $prefix
         RETURN DISTINCT c.name AS company, l.exchange + ':' + l.symbol AS listing ORDER BY company, listing`,
        { prefix },
      ),
    );
    const byCompany = (name: string) => listings.filter((l) => l.company.startsWith(name)).map((l) => l.listing);
    expect(byCompany('Xiaomi')).toEqual(['HKEX:1810', 'OTC:XIACF']);
    expect(byCompany('Lenovo')).toEqual(['HKEX:0992']);
    expect(byCompany('BYD')).toEqual(['HKEX:1211']);
    expect(byCompany('Geely')).toEqual(['HKEX:0175']);
  });

  it('resolves Great Wall, Great Wall Motor Co Ltd and its possessive to one company', async () => {
    const rows = await db.read((tx) =>
      tx.run<{ name: string; aliases: string[] }>(
        `MATCH (a:Article)-[:MENTIONS]->(c:Company) WHERE a.id STARTS WITH $prefix AND c.nameKey STARTS WITH 'great wall'
         RETURN DISTINCT c.name AS name, c.aliases AS aliases`,
        { prefix },
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining(['Great Wall']));
  });

  it('keeps each share-price move with its size, direction, cause and the sentence that says so', async () => {
    const moves = await db.read((tx) =>
      tx.run<{ company: string; cause: string; direction: string; pct: number; price: number | null; sentence: string; start: number; end: number; text: string }>(
        `MATCH (c:Company)-[r:MOVED_BY]->(cause:Entity)
         WHERE r.articleId STARTS WITH $prefix
         MATCH (a:Article {id: r.articleId})
         RETURN c.name AS company, cause.name AS cause, r.direction AS direction, r.changePct AS pct, r.price AS price,
                r.evSentences[0] AS sentence, r.evStarts[0] AS start, r.evEnds[0] AS end, a.text AS text`,
        { prefix },
      ),
    );
    const xiaomi = moves.filter((m) => m.company.startsWith('Xiaomi'));
    expect(xiaomi.map((m) => m.pct).sort()).toEqual([6, 9]);
    const subsidyMove = xiaomi.find((m) => m.pct === 6);
    expect(subsidyMove?.cause).toMatch(/subsidy/i);
    expect(subsidyMove?.price).toBe(43.05);
    for (const move of moves) {
      expect(move.text.slice(move.start, move.end)).toBe(move.sentence);
      expect(['UP', 'DOWN']).toContain(move.direction);
    }
  });

  it('records who benefits from the subsidy program', async () => {
    const rows = await db.read((tx) =>
      tx.run<{ company: string }>(
        `MATCH (c:Company)-[r:BENEFITS_FROM]->(p:Policy) WHERE any(x IN r.evArticleIds WHERE x STARTS WITH $prefix) AND p.name =~ '(?i).*subsidy.*'
         RETURN DISTINCT c.name AS company ORDER BY company`,
        { prefix },
      ),
    );
    const names = rows.map((r) => r.company.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['BYD', 'Geely', 'Lenovo', 'Xiaomi']));
  });

  it('answers every ready query of cypher/browser-queries.cypher', async () => {
    const statements = parseCypherStatements(readFileSync('cypher/browser-queries.cypher', 'utf8'));
    expect(statements.length).toBeGreaterThanOrEqual(5);
    for (const statement of statements) {
      const rows = await db.read((tx) => tx.run(statement, { company: 'Xiaomi' }));
      expect(rows.length, statement.split('\n')[0]).toBeGreaterThan(0);
    }
  });

  it("shows no cause in the browser's move query for a move whose news states none", async () => {
    const statement = parseCypherStatements(readFileSync('cypher/browser-queries.cypher', 'utf8')).find((s) => s.includes('MATCH (c:Company)-[m:MOVED_BY]->(cause:Entity)') && s.includes('AS cause'));
    if (!statement) throw new Error('the move query is missing from cypher/browser-queries.cypher');
    // "Nvidia … as NVDA Shares Surge" in a sample headline states no reason (the ticker is Nvidia's).
    const rows = await db.read((tx) => tx.run<{ cause: string | null }>(statement, { company: 'Nvidia' }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.cause)).toEqual(rows.map(() => null));
  });

  it('changes nothing when the same news is ingested again', async () => {
    const first = await graphCounts(db);
    const snapshot = await subgraph(db, prefix);
    const summary = await ingestItems(db, items);
    expect(summary.documents).toBe(0);
    expect(summary.unchanged).toBe(items.length);
    expect(await graphCounts(db)).toEqual(first);
    expect(await subgraph(db, prefix)).toEqual(snapshot);
  });

  it('retracts an article as if it had never been ingested', async () => {
    const article = items.find((item) => 'input' in item && item.input.kind === 'article' && item.input.text.includes('15 percent'));
    if (!article || !('input' in article)) throw new Error('sample article missing');
    const others = items.filter((item) => item !== article);
    const otherPrefix = `${prefix}only-`;
    // The same graph built without that article, for comparison.
    await cleanUpArticles(db, prefix);
    await ingestItems(db, prefixed(others.map((i) => ('input' in i ? { ...i, input: { ...i.input, id: i.input.id?.slice(prefix.length) } } : i)), otherPrefix));
    const without = { counts: await graphCounts(db), graph: await subgraph(db, otherPrefix) };
    await ingestItems(db, [{ ...article, input: { ...article.input, id: `${otherPrefix}${article.input.id?.slice(prefix.length)}` } }]);
    expect((await graphCounts(db)).relationships).toBeGreaterThan(without.counts.relationships);
    await db.write((tx) => retractArticles(tx, [`${otherPrefix}${article.input.id?.slice(prefix.length)}`]));
    expect(await graphCounts(db)).toEqual(without.counts);
    expect(await subgraph(db, otherPrefix)).toEqual(without.graph);
    await cleanUpArticles(db, otherPrefix);
    expect(await graphCounts(db)).toEqual(before);
  });
});

describe('a failing article', () => {
  let db: GraphDatabase;
  const prefix = suitePrefix('ingest-fail');

  beforeAll(async () => {
    db = await connectTestDb();
  });

  afterAll(async () => {
    await cleanUpArticles(db, prefix);
    await db.close();
  });

  const good = (): PreparedArticle =>
    prepareArticle({ id: `${prefix}good`, title: 'Acme Robotics Inc shares jumped 12% after a deal with Borealis Motors', text: 'Acme Robotics Inc agreed to supply Borealis Motors with robots.' });
  /** Valid until Neo4j refuses it mid-transaction: a name too long for the name index. */
  const poisoned = (): PreparedArticle => {
    const article = prepareArticle({ id: `${prefix}poisoned`, title: 'Zenith Quantum Corp says hello', text: 'Zenith Quantum Corp said hello.' });
    const huge = 'Zenith '.repeat(6000);
    return {
      ...article,
      extraction: {
        entities: [...article.extraction.entities, { id: 'company:zenith-huge', type: 'Company', name: huge, aliases: [], properties: {} }],
        relations: article.extraction.relations,
      },
    };
  };

  it('leaves nothing of itself behind when Neo4j refuses it midway', async () => {
    const before = await graphCounts(db);
    await expect(writeArticleBatch(db, [poisoned()])).rejects.toThrow();
    expect(await graphCounts(db)).toEqual(before);
  });

  it('is reported and skipped while the rest of its batch lands', async () => {
    const rejected: RejectedInput[] = [];
    const written = await writeIsolating(db, [good(), poisoned()], rejected);
    expect(written.map((w) => w.id)).toEqual([`${prefix}good`]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.where).toBe(`${prefix}poisoned`);
    const stored = await db.read((tx) => tx.run<{ id: string }>('MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id', { prefix }));
    expect(stored.map((r) => r.id)).toEqual([`${prefix}good`]);
  });

  it('extracts on a worker thread with the same outcome', async () => {
    const summary = await ingestItems(
      db,
      [
        { input: { id: `${prefix}w1`, text: 'Lenovo Group (HK: 0992) surged over 7% on Friday.' }, where: 'w:1' },
        { input: { id: `${prefix}w2`, text: '' }, where: 'w:2' },
      ],
      { worker: true },
    );
    expect(summary.documents).toBe(1);
    expect(summary.rejected).toEqual([{ where: 'w:2', reason: expect.stringMatching(/BAD_USER_INPUT/) }]);
    const listed = await db.read((tx) => tx.run('MATCH (:Article {id: $id})-[:MENTIONS]->(l:Listing) RETURN l.symbol AS symbol', { id: `${prefix}w1` }));
    expect(listed).toEqual([{ symbol: '0992' }]);
  });

  it('reports malformed input without stopping the run', async () => {
    const summary = await ingestItems(db, [
      { rejected: { where: 'feed.jsonl:3', reason: 'not valid JSON' } },
      { input: { id: `${prefix}empty`, text: '   ' }, where: 'feed.jsonl:4' },
      { input: { id: `${prefix}ok`, text: 'Borealis Motors appointed Jane Smith as chief executive.' }, where: 'feed.jsonl:5' },
    ]);
    expect(summary.documents).toBe(1);
    expect(summary.rejected.map((r) => r.where)).toEqual(['feed.jsonl:3', 'feed.jsonl:4']);
  });
});

describe('batches written at once', () => {
  let db: GraphDatabase;
  const prefix = suitePrefix('ingest-concurrent');

  beforeAll(async () => {
    db = await connectTestDb();
  });

  afterAll(async () => {
    await cleanUpArticles(db, prefix);
    await db.close();
  });

  it('build the same graph as batches written one after the other', async () => {
    const news = await collect([SAMPLE_NEWS_DIR]);
    const snapshots: string[] = [];
    for (const [run, writesInFlight] of [['seq', 1], ['par', 2]] as const) {
      const runPrefix = `${prefix}${run}-`;
      const summary = await ingestItems(db, prefixed(news, runPrefix), { batchSize: 2, worker: true, writesInFlight });
      expect(summary.rejected).toEqual([]);
      const { entities, relations } = await subgraph(db, runPrefix);
      // Stories without a date are first and last seen when they are ingested.
      const undated = relations.map(({ props: { firstSeen: _first, lastSeen: _last, ...props }, ...relation }) => ({ ...relation, props }));
      snapshots.push(JSON.stringify({ entities, relations: undated }).replaceAll(runPrefix, ''));
      await cleanUpArticles(db, runPrefix);
    }
    expect(snapshots[1]).toEqual(snapshots[0]);
  });

  it('lose no alias when two processes extend one entity at the same time', async () => {
    const token = prefix.replace(/[^a-z0-9]/g, '');
    const article = (i: number): PreparedArticle => ({
      id: `${prefix}alias-${i}`,
      title: null,
      kind: 'article',
      source: null,
      url: null,
      publishedAt: null,
      contentHash: `hash-${i}`,
      text: `Quillon ${token} Unit ${i} said hello.`,
      extraction: {
        entities: [{ id: `company:quillon-${token}`, type: 'Company', name: `Quillon ${token}`, aliases: [`Quillon ${token} Unit ${i}`], properties: {} }],
        relations: [],
      },
    });
    // A second copy of the writer module shares nothing with the first, as another process would not.
    vi.resetModules();
    const other = await import('../../src/graph/article-writer.js');
    const writeAll = async (write: typeof writeArticleBatch, from: number) => {
      for (let i = from; i < from + 12; i += 1) await write(db, [article(i)]);
    };
    await Promise.all([writeAll(writeArticleBatch, 0), writeAll(other.writeArticleBatch, 100)]);
    const rows = await db.read((tx) => tx.run<{ aliases: string[] }>('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases', { id: `company:quillon-${token}` }));
    expect(rows).toHaveLength(1);
    const expected = [...Array(12).keys()].flatMap((i) => [i, 100 + i]).map((i) => `Quillon ${token} Unit ${i}`);
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining([`Quillon ${token}`, ...expected]));
  });
});
