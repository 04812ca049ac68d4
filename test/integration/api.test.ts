import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphDatabase } from '../../src/graph/database.js';
import { ingestItems } from '../../src/ingest/ingest-news.js';
import { readSources, type SourceItem } from '../../src/ingest/read-sources.js';
import { SAMPLE_NEWS_DIR } from '../../src/ingest/sample-news.js';
import { cleanUpArticles, connectTestDb, suitePrefix } from '../support/graph.js';
import { READ_TOKEN, startTestApi, useApiSuite, WRITE_TOKEN, type TestApi } from '../support/api.js';
import { removeFixture } from '../support/fixtures.js';
import { writeArticleBatch, type PreparedArticle } from '../../src/graph/article-writer.js';
import type { ExtractedEntity, ExtractedRelation, PropertyValue } from '../../src/extraction/types.js';
import { buildSchema } from '../../src/api/schema.js';

interface Named {
  id: string;
  name: string;
}

describe('the GraphQL API over the sample news', () => {
  let db: GraphDatabase;
  let api: TestApi;
  const prefix = suitePrefix('api');

  beforeAll(async () => {
    db = await connectTestDb();
    api = await startTestApi(db);
    const items: SourceItem[] = [];
    for await (const item of readSources([SAMPLE_NEWS_DIR])) {
      items.push('input' in item ? { ...item, input: { ...item.input, id: `${prefix}${item.input.id}` } } : item);
    }
    const summary = await ingestItems(db, items);
    expect(summary.rejected).toEqual([]);
  });

  afterAll(async () => {
    await cleanUpArticles(db, prefix);
    await api.close();
    await db.close();
  });

  it('describes its whole schema to introspection, as the IDE and codegen tools ask for it', async () => {
    const response = await api.gql<IntrospectionQuery>(getIntrospectionQuery({ specifiedByUrl: true }));
    expect(response.errors).toBeUndefined();
    expect(printSchema(buildClientSchema(response.data!))).toBe(printSchema(buildSchema()));
  });

  it('keeps the variables of an operation apart between requests answered by the same compiled operation', async () => {
    const query = 'query($ticker: String!) { company(ticker: $ticker) { name } }';
    const [a, b] = await Promise.all([api.gql<{ company: Named | null }>(query, { ticker: '1810' }), api.gql<{ company: Named | null }>(query, { ticker: 'NO-SUCH' })]);
    expect(a.data?.company?.name).toMatch(/^Xiaomi/);
    expect(b.data?.company).toBeNull();
  });

  it("answers Xiaomi's listings, and finds Xiaomi by its ticker", async () => {
    const response = await api.gql<{ byName: { id: string; listings: Array<{ exchange: string; symbol: string }> }; byTicker: Named; byPrefixed: Named }>(
      `{ byName: company(name: "xiaomi") { id listings { exchange symbol } }
         byTicker: company(ticker: "1810") { id name }
         byPrefixed: company(ticker: "OTC:XIACF") { id name } }`,
    );
    expect(response.errors).toBeUndefined();
    const listings = response.data?.byName.listings.map((l) => `${l.exchange}:${l.symbol}`).sort();
    expect(listings).toEqual(['HKEX:1810', 'OTC:XIACF']);
    expect(response.data?.byTicker.id).toBe(response.data?.byName.id);
    expect(response.data?.byTicker.name).toMatch(/^Xiaomi/);
    expect(response.data?.byPrefixed.id).toBe(response.data?.byName.id);
  });

  it("lists Great Wall Motor among Xiaomi's partners", async () => {
    const response = await api.gql<{ company: { partners: Named[] } }>('{ company(name: "Xiaomi Corp") { partners { id name } } }');
    expect(response.data?.company.partners.map((p) => p.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Great Wall Motor/)]));
  });

  it('gives a partner the same aliases whether it is reached as a list item or by id', async () => {
    const listed = await api.gql<{ company: { partners: Array<Named & { aliases: string[] }> } }>(
      '{ company(name: "Xiaomi Corp") { partners { id name aliases } } }',
    );
    expect(listed.errors).toBeUndefined();
    const greatWall = listed.data?.company.partners.find((p) => p.name.startsWith('Great Wall'));
    expect(greatWall?.aliases.length).toBeGreaterThan(0);
    const direct = await api.gql<{ entity: { aliases: string[] } }>('query($id: ID!) { entity(id: $id) { aliases } }', { id: greatWall?.id });
    expect(greatWall?.aliases).toEqual(direct.data?.entity.aliases);
  });

  it('serves the aliases of entities a root field read without them, when only a fragment asks', async () => {
    const direct = await api.gql<{ company: { id: string; aliases: string[] } }>('{ company(name: "Xiaomi") { id aliases } }');
    expect(direct.data?.company.aliases.length).toBeGreaterThan(0);
    // The root read follows the selection; here the aliases are asked only on one type's fragment.
    const searched = await api.gql<{ search: Array<{ id: string; aliases?: string[] }> }>(
      '{ search(text: "Xiaomi", types: [COMPANY], first: 5) { id ... on Company { partners { id } } ...names } } fragment names on Entity { aliases }',
    );
    expect(searched.errors).toBeUndefined();
    expect(searched.data?.search.find((e) => e.id === direct.data?.company.id)?.aliases).toEqual(direct.data?.company.aliases);
    const paged = await api.gql<{ companies: { edges: Array<{ node: { id: string; aliases: string[] } }> } }>(
      '{ companies(filter: { nameContains: "Xiaomi" }, first: 5) { edges { node { id partners { id } ... on Company { aliases } } } } }',
    );
    expect(paged.data?.companies.edges.find((e) => e.node.id === direct.data?.company.id)?.node.aliases).toEqual(direct.data?.company.aliases);
  });

  it('keeps the best-evidenced first items of a neighbour list when asked, and refuses a size over the maximum', async () => {
    type Lists = { company: { partners: Named[]; movedBy: Array<{ changePct: number | null }>; listings: Array<{ symbol: string }> } };
    const all = await api.gql<Lists>('{ company(name: "Xiaomi") { partners { id name } movedBy { changePct } listings { symbol } } }');
    const firstOnes = await api.gql<Lists>('{ company(name: "Xiaomi") { partners(first: 1) { id name } movedBy(first: 1) { changePct } listings(first: 0) { symbol } } }');
    expect(firstOnes.errors).toBeUndefined();
    expect(all.data?.company.partners.length).toBeGreaterThan(0);
    expect(all.data?.company.movedBy.length).toBeGreaterThan(1);
    expect(firstOnes.data?.company.partners).toEqual(all.data?.company.partners.slice(0, 1));
    expect(firstOnes.data?.company.movedBy).toEqual(all.data?.company.movedBy.slice(0, 1));
    expect(firstOnes.data?.company.listings).toEqual([]);
    const tooMany = await api.gql<Lists>('{ company(name: "Xiaomi") { partners(first: 101) { id } } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("names Xiaomi, Lenovo, BYD and Geely as the subsidy program's beneficiaries", async () => {
    const response = await api.gql<{ search: Array<{ name: string; beneficiaries: Named[] }> }>(
      '{ search(text: "subsidy program", types: [POLICY], first: 1) { name ... on Policy { beneficiaries { id name } } } }',
    );
    expect(response.errors).toBeUndefined();
    const beneficiaries = response.data?.search[0]?.beneficiaries.map((b) => b.name.split(' ')[0]).sort();
    expect(beneficiaries).toEqual(expect.arrayContaining(['BYD', 'Geely', 'Lenovo', 'Xiaomi']));
  });

  it("tells what moved Xiaomi's stock, by how much, with the sentences that say so", async () => {
    const response = await api.gql<{
      company: { movedBy: Array<{ direction: string; changePct: number; price: number | null; currency: string | null; cause: { name: string } | null; evidence: Array<{ sentence: string; start: number; end: number; article: { text: string } }> }> };
    }>(
      `{ company(name: "Xiaomi") { movedBy { direction changePct price currency cause { name }
           evidence { sentence start end article { text } } } } }`,
    );
    const moves = response.data?.company.movedBy ?? [];
    const subsidy = moves.find((m) => Math.round(m.changePct) === 6);
    const greatWall = moves.find((m) => Math.round(m.changePct) === 9);
    expect(subsidy).toMatchObject({ direction: 'UP', price: 43.05, currency: 'HKD' });
    expect(subsidy?.cause?.name).toMatch(/subsidy/i);
    expect(greatWall?.direction).toBe('UP');
    expect(greatWall?.cause?.name ?? '').toMatch(/Great Wall/);
    for (const move of [subsidy, greatWall]) {
      expect(move?.evidence.length).toBeGreaterThan(0);
      for (const evidence of move?.evidence ?? []) expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
  });

  it('serves every fact a selection asks for, however the same list was read before in the query', async () => {
    type Move = { id: string; direction?: string; changePct?: number; price?: number | null; currency?: string | null };
    const direct = await api.gql<{ company: { id: string; movedBy: Move[] } }>('{ company(name: "Xiaomi") { id movedBy { id price currency } } }');
    const xiaomiId = direct.data?.company.id;
    const priced = (moves: Move[] | undefined) => (moves ?? []).map((m) => `${m.id} ${m.price} ${m.currency}`).sort();
    // Aliases of one list read with different facts.
    const aliased = await api.gql<{ company: { a: Move[]; b: Move[] } }>(
      '{ company(name: "Xiaomi") { a: movedBy { id direction } b: movedBy { id changePct price currency } } }',
    );
    expect(aliased.errors).toBeUndefined();
    expect(aliased.data?.company.a.every((m) => m.direction === 'UP' || m.direction === 'DOWN')).toBe(true);
    expect(priced(aliased.data?.company.b)).toEqual(priced(direct.data?.company.movedBy));
    expect(priced(aliased.data?.company.b).some((line) => line.endsWith('43.05 HKD'))).toBe(true);
    // Xiaomi's moves met again two levels down (as a partner of a partner), after the first level read
    // them with the direction only.
    const response = await api.gql<{ company: { movedBy: Move[]; partners: Array<{ partners: Array<{ id: string; movedBy: Move[] }> }> } }>(
      '{ company(name: "Xiaomi") { movedBy { id direction } partners { partners { id movedBy { id price currency } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const again = response.data?.company.partners.flatMap((p) => p.partners).find((p) => p.id === xiaomiId);
    expect(again).toBeDefined();
    expect(priced(again?.movedBy)).toEqual(priced(direct.data?.company.movedBy));
  });

  it("serves a listing's exchange and symbol when the list was first read without them", async () => {
    type Listed = { id: string; listings: Array<{ id: string; exchange?: string; symbol?: string }> };
    const direct = await api.gql<{ company: Listed }>('{ company(name: "Xiaomi") { id listings { id exchange symbol } } }');
    const tickers = (company: Listed | undefined) => (company?.listings ?? []).map((l) => `${l.exchange}:${l.symbol}`).sort();
    expect(tickers(direct.data?.company)).toContain('HKEX:1810');
    const response = await api.gql<{ company: { listings: Array<{ id: string }>; partners: Array<{ partners: Listed[] }> } }>(
      '{ company(name: "Xiaomi") { listings { id } partners { partners { id listings { id exchange symbol } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const again = response.data?.company.partners.flatMap((p) => p.partners).find((p) => p.id === direct.data?.company.id);
    expect(tickers(again)).toEqual(tickers(direct.data?.company));
  });

  it("pages through a company's relations of chosen types, and counts the articles that mention it", async () => {
    const response = await api.gql<{ company: { relations: { totalCount: number; edges: Array<{ node: { type: string; source: Named; confidence: number; evidence: unknown[] } }>; pageInfo: { hasNextPage: boolean } }; out: { totalCount: number }; mentions: { totalCount: number } } }>(
      `{ company(name: "Xiaomi") {
          relations(types: [MOVED_BY, LISTED_AS], first: 2) { totalCount edges { node { type source { id name } confidence evidence { sentence } } } pageInfo { hasNextPage } }
          out: relations(direction: INCOMING, types: [LISTED_AS]) { totalCount }
          mentions(first: 1) { totalCount } } }`,
    );
    expect(response.errors).toBeUndefined();
    const company = response.data?.company;
    expect(company?.relations.totalCount).toBeGreaterThanOrEqual(4);
    expect(company?.relations.edges).toHaveLength(2);
    expect(company?.relations.pageInfo.hasNextPage).toBe(true);
    expect(company?.relations.edges.every((e) => ['MOVED_BY', 'LISTED_AS'].includes(e.node.type) && e.node.evidence.length > 0)).toBe(true);
    expect(company?.out.totalCount).toBe(0);
    expect(company?.mentions.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('filters stock moves by company and direction', async () => {
    const company = await api.gql<{ company: Named }>('{ company(name: "Xiaomi") { id name } }');
    const id = company.data?.company.id;
    const response = await api.gql<{ up: { totalCount: number; edges: Array<{ node: { company: Named } }> }; down: { totalCount: number } }>(
      `query($id: ID!) { up: stockMoves(companyId: $id, direction: UP) { totalCount edges { node { company { id name } } } }
                         down: stockMoves(companyId: $id, direction: DOWN) { totalCount } }`,
      { id },
    );
    expect(response.data?.up.totalCount).toBeGreaterThanOrEqual(2);
    expect(response.data?.up.edges.every((e) => e.node.company.id === id)).toBe(true);
    expect(response.data?.down.totalCount).toBe(0);
  });

  it('finds a path from Lenovo to Great Wall Motor', async () => {
    const ids = await api.gql<{ lenovo: Named; greatWall: Named }>('{ lenovo: company(name: "Lenovo") { id name } greatWall: company(name: "Great Wall Motor") { id name } }');
    const response = await api.gql<{ path: { length: number; nodes: Named[]; relations: Array<{ type: string }> } | null }>(
      'query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to, maxHops: 4) { length nodes { id name } relations { type } } }',
      { from: ids.data?.lenovo.id, to: ids.data?.greatWall.id },
    );
    const path = response.data?.path;
    expect(path).not.toBeNull();
    expect(path?.nodes[0]?.id).toBe(ids.data?.lenovo.id);
    expect(path?.nodes.at(-1)?.id).toBe(ids.data?.greatWall.id);
    expect(path?.relations).toHaveLength(path?.length ?? -1);
  });

  it('serves an article with the entities it mentions', async () => {
    const ids = await db.read((tx) => tx.run<{ id: string }>("MATCH (a:Article {kind: 'article'}) WHERE a.id STARTS WITH $prefix RETURN a.id AS id", { prefix }));
    const response = await api.gql<{ article: { kind: string; entities: Named[] } }>(
      'query($id: ID!) { article(id: $id) { kind entities(types: [COMPANY]) { id name } } }',
      { id: ids.find(Boolean)?.id },
    );
    expect(response.data?.article.kind).toBe('ARTICLE');
    expect(response.data?.article.entities.length).toBeGreaterThan(0);
    expect(response.data?.article.entities.every((e) => e.id.startsWith('company:'))).toBe(true);
  });

  it('pages through articles newest first without repeats', async () => {
    const first = await api.gql<{ articles: { totalCount: number; edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { endCursor: string } } }>(
      '{ articles(first: 5) { totalCount edges { cursor node { id } } pageInfo { endCursor } } }',
    );
    const next = await api.gql<{ articles: { edges: Array<{ node: { id: string } }> } }>(
      'query($after: String) { articles(first: 5, after: $after) { edges { node { id } } } }',
      { after: first.data?.articles.pageInfo.endCursor },
    );
    expect(first.data?.articles.totalCount).toBeGreaterThanOrEqual(36);
    const ids = [...(first.data?.articles.edges ?? []), ...(next.data?.articles.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(10);
  });
});

describe('ingesting through the API', () => {
  const suite = useApiSuite('api-ingest');
  const { prefix } = suite;

  const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
      unchanged article { id } entities { id name type } relations { type source { name } target { name } } } }`;
  const article = {
    id: `${prefix}1`,
    title: 'Orbitron Dynamics Corp to partner with Kestrel Aerospace',
    text: 'Orbitron Dynamics Corp said on Monday it agreed to a manufacturing partnership with Kestrel Aerospace Ltd to build satellite engines.',
    publishedAt: '2026-11-20T08:00:00Z',
  };

  it('shows no cause for a share move whose news states none, whether the move is read ahead or batched', async () => {
    const input = {
      id: `${prefix}unstated`,
      title: 'Quillmere Foods shares fall',
      text: 'Quillmere Foods Inc shares fell 4.2% on Tuesday. Quillmere Foods agreed a supply partnership with Tarnwell Packaging Ltd.',
    };
    const ingested = await suite.api.gql(INGEST, { input }, WRITE_TOKEN);
    expect(ingested.errors).toBeUndefined();
    type Move = { direction: string; changePct: number | null; cause: { id: string } | null };
    const response = await suite.api.gql<{ company: { movedBy: Move[]; partners: Array<{ partners: Array<{ name: string; movedBy: Move[] }> }> } }>(
      '{ company(name: "Quillmere Foods") { movedBy { direction changePct cause { id } } partners { partners { name movedBy { direction changePct cause { id } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.company.movedBy).toEqual([{ direction: 'DOWN', changePct: 4.2, cause: null }]);
    const batched = response.data?.company.partners.flatMap((p) => p.partners).find((p) => p.name.startsWith('Quillmere'));
    expect(batched?.movedBy).toEqual([{ direction: 'DOWN', changePct: 4.2, cause: null }]);
  });

  it('serves a product with the company that makes it', async () => {
    const input = {
      id: `${prefix}product`,
      title: 'Belcourt Labs drug cleared',
      text: 'Belcourt Labs Inc said its weight-loss drug Slimora won approval on Monday.',
    };
    const ingested = await suite.api.gql(INGEST, { input }, WRITE_TOKEN);
    expect(ingested.errors).toBeUndefined();
    const response = await suite.api.gql<{ search: Array<{ type: string; name: string; producers?: Named[] }> }>(
      '{ search(text: "Slimora", types: [PRODUCT]) { type name ... on Product { producers { id name } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.search[0]).toMatchObject({ type: 'PRODUCT', name: 'Slimora', producers: [{ name: expect.stringMatching(/^Belcourt Labs/) }] });
  });

  it('refuses a mutation without a token and writes nothing', async () => {
    const response = await suite.api.gql(INGEST, { input: article });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stored = await suite.api.gql<{ article: unknown }>('query($id: ID!) { article(id: $id) { id } }', { id: article.id });
    expect(stored.data?.article).toBeNull();
  });

  it('refuses a mutation with a read-only token', async () => {
    const response = await suite.api.gql(INGEST, { input: article }, READ_TOKEN);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown token even for queries', async () => {
    const response = await suite.api.gql('{ stats { articles } }', {}, 'not-a-real-token-at-all');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('makes a new article queryable at once and tells subscribers about its relations', async () => {
    const client = createClient({ url: `${suite.api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false });
    const received: Array<{ type: string; source: { name: string } }> = [];
    const subscribed = new Promise<void>((resolveSubscribed, reject) => {
      const unsubscribe = client.subscribe<{ relationAdded: { type: string; source: { name: string } } }>(
        { query: 'subscription { relationAdded(types: [PARTNERS_WITH]) { type source { name } } }' },
        {
          next: (message) => {
            if (message.data) received.push(message.data.relationAdded);
            unsubscribe();
            resolveSubscribed();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The subscription is live once the server has acknowledged the connection and the operation.
    await new Promise<void>((resolveConnected) => client.on('connected', () => resolveConnected()));
    await expect.poll(() => suite.api.server.events.listenerCount('relationAdded'), { timeout: 5000 }).toBeGreaterThan(0);

    const response = await suite.api.gql<{ ingestArticle: { unchanged: boolean; entities: Named[]; relations: Array<{ type: string }> } }>(INGEST, { input: article }, WRITE_TOKEN);
    expect(response.errors).toBeUndefined();
    expect(response.data?.ingestArticle.unchanged).toBe(false);
    expect(response.data?.ingestArticle.relations.map((r) => r.type)).toContain('PARTNERS_WITH');

    const partners = await suite.api.gql<{ company: { partners: Named[] } }>('{ company(name: "Orbitron Dynamics") { partners { id name } } }');
    expect(partners.data?.company.partners.map((p) => p.name)).toEqual([expect.stringMatching(/^Kestrel Aerospace/)]);

    await subscribed;
    expect(received[0]?.type).toBe('PARTNERS_WITH');
    await client.dispose();
  });

  it('says unchanged when the same article comes again', async () => {
    const response = await suite.api.gql<{ ingestArticle: { unchanged: boolean } }>(INGEST, { input: article }, WRITE_TOKEN);
    expect(response.data?.ingestArticle.unchanged).toBe(true);
  });

  it('rejects malformed input with BAD_USER_INPUT and writes nothing', async () => {
    const response = await suite.api.gql(INGEST, { input: { id: `${prefix}bad`, text: '   ' } }, WRITE_TOKEN);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await suite.api.gql(INGEST, { input: { ...article, id: `${prefix}bad2`, publishedAt: 'yesterday' } }, WRITE_TOKEN);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores Cypher-looking text as text', async () => {
    const hostile = "Acme Corp') DETACH DELETE n // MATCH (n) RETURN n; said it would buy Foo Ltd";
    const response = await suite.api.gql<{ ingestArticle: { article: { id: string } } }>(INGEST, { input: { id: `${prefix}hostile`, title: hostile, text: hostile } }, WRITE_TOKEN);
    expect(response.errors).toBeUndefined();
    const stored = await suite.api.gql<{ article: { title: string } }>('query($id: ID!) { article(id: $id) { title } }', { id: `${prefix}hostile` });
    expect(stored.data?.article.title).toBe(hostile);
    const search = await suite.api.gql<{ search: unknown[] }>('{ search(text: "\\") OR 1=1 //  AND* ~~ [", first: 5) { id } }');
    expect(search.errors).toBeUndefined();
  });

  it('deletes an article and what only it supported', async () => {
    const response = await suite.api.gql<{ deleteArticle: { deleted: boolean; relationsRemoved: number } }>(
      'mutation($id: ID!) { deleteArticle(id: $id) { deleted relationsRemoved } }',
      { id: article.id },
      WRITE_TOKEN,
    );
    expect(response.data?.deleteArticle.deleted).toBe(true);
    expect(response.data?.deleteArticle.relationsRemoved).toBeGreaterThan(0);
    const gone = await suite.api.gql<{ company: unknown }>('{ company(name: "Orbitron Dynamics") { id } }');
    expect(gone.data?.company).toBeNull();
  });
});

describe('merging entities', () => {
  const suite = useApiSuite('api-merge');
  const { prefix } = suite;

  /** Two articles whose extraction is given, so the merge is tested apart from extraction's quality. */
  function article(n: number, company: ExtractedEntity, partner: ExtractedEntity): PreparedArticle {
    const text = `${company.name} formed a partnership with ${partner.name}.`;
    return {
      id: `${prefix}${n}`, title: null, kind: 'article', source: null, url: null, publishedAt: null, contentHash: `h${n}`, text,
      extraction: {
        entities: [company, partner],
        relations: [{ type: 'PARTNERS_WITH', source: company.id, target: partner.id, properties: {}, confidence: 0.9, evidence: [{ documentId: `${prefix}${n}`, sentence: text, start: 0, end: text.length }] }],
      },
    };
  }
  const company = (slug: string, name: string): ExtractedEntity => ({ id: `company:${prefix}${slug}`, type: 'Company', name, aliases: [name], properties: {} });

  it("moves the merged entity's relations, mentions and aliases onto the kept one", async () => {
    const quillon = company('quillon', `Quillon ${prefix} Systems Inc`);
    const qsi = company('qsi', `QSI ${prefix}`);
    await writeArticleBatch(suite.db, [article(1, quillon, company('marlowe', `Marlowe ${prefix} Robotics`)), article(2, qsi, company('pendrel', `Pendrel ${prefix} Labs`))]);
    const response = await suite.api.gql<{ mergeEntities: { id: string; aliases: string[] } }>(
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { id aliases } }',
      { keep: quillon.id, merge: qsi.id },
      WRITE_TOKEN,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.mergeEntities.aliases).toEqual(expect.arrayContaining([qsi.name, quillon.name]));
    const after = await suite.api.gql<{ entity: { partners: Named[]; mentions: { totalCount: number } }; gone: unknown }>(
      'query($keep: ID!, $merge: ID!) { entity(id: $keep) { ... on Company { partners { name } } mentions { totalCount } } gone: entity(id: $merge) { id } }',
      { keep: quillon.id, merge: qsi.id },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data?.gone).toBeNull();
    expect(after.data?.entity.mentions.totalCount).toBe(2);
    expect(after.data?.entity.partners.map((p) => p.name.split(' ')[0]).sort()).toEqual(['Marlowe', 'Pendrel']);
  });

  it('refuses to merge entities of different types, or one that does not exist', async () => {
    const policyId = `${prefix}policy`;
    await suite.db.write((tx) => tx.run("CREATE (:Entity:Policy {id: $id, type: 'Policy', name: 'Test Policy', aliases: [], aliasKeys: []})", { id: policyId }));
    const MERGE = 'mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { id } }';
    const mixed = await suite.api.gql(MERGE, { keep: `company:${prefix}quillon`, merge: policyId }, WRITE_TOKEN);
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await suite.api.gql(MERGE, { keep: `company:${prefix}quillon`, merge: `${prefix}nobody` }, WRITE_TOKEN);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await removeFixture(suite.db, prefix);
  });
});

describe('market indices', () => {
  const suite = useApiSuite('api-index');
  const { prefix } = suite;
  const articleId = `${prefix}indices`;
  const sentences = [
    'The S&P 500 rose 1.2 % to 4,510.3 after the Federal Reserve held rates steady.',
    'The Nasdaq Composite fell 12 points.',
    'Harrowgate Freight Corp shares rose 3 % after the Federal Reserve held rates steady.',
  ];
  const text = sentences.join(' ');
  const entity = (id: string, type: ExtractedEntity['type'], name: string, properties: Record<string, PropertyValue> = {}): ExtractedEntity => ({ id, type, name, aliases: [name], properties });
  const sp500 = entity('marketindex:s-p-500', 'MarketIndex', 'S&P 500');
  const nasdaq = entity('marketindex:nasdaq-composite', 'MarketIndex', 'Nasdaq Composite');
  const fed = entity('organization:federal-reserve', 'Organization', 'Federal Reserve');
  const harrowgate = entity('company:harrowgate-freight', 'Company', 'Harrowgate Freight Corp');
  // The placeholder the extraction makes for a move whose cause the news does not state.
  const unstated = entity(`event:${articleId}:stock-move-1`, 'Event', 'Nasdaq Composite fall', { kind: 'stock_move', direction: 'DOWN' });
  const relation = (type: ExtractedRelation['type'], source: ExtractedEntity, target: ExtractedEntity, sentence: number, properties: Record<string, PropertyValue> = {}): ExtractedRelation => {
    const start = text.indexOf(sentences[sentence] ?? '');
    return { type, source: source.id, target: target.id, properties, confidence: 0.8, evidence: [{ documentId: articleId, sentence: sentences[sentence] ?? '', start, end: start + (sentences[sentence]?.length ?? 0) }] };
  };

  /** Written with a given extraction, as the ingestion writes it: the extraction does not find indices yet. */
  const article: PreparedArticle = {
    id: articleId, title: 'Stocks rise as Fed holds', kind: 'article', source: null, url: null, publishedAt: '2031-03-04T15:00:00Z', contentHash: `${prefix}h`, text,
    extraction: {
      entities: [sp500, nasdaq, fed, harrowgate, unstated],
      relations: [
        relation('MOVED_BY', sp500, fed, 0, { direction: 'UP', changePct: 1.2, level: 4510.3 }),
        relation('MOVED_BY', nasdaq, unstated, 1, { direction: 'DOWN', points: 12 }),
        relation('INVOLVES', unstated, nasdaq, 1),
        relation('MOVED_BY', harrowgate, fed, 2, { direction: 'UP', changePct: 3 }),
      ],
    },
  };

  beforeAll(async () => {
    await writeArticleBatch(suite.db, [article]);
  });

  it("serves an index's moves with their size, level, cause and evidence", async () => {
    type Move = { id: string; direction: string; changePct: number | null; points: number | null; level: number | null; date: string | null; cause: { name: string } | null; evidence: Array<{ sentence: string }>; index: { name: string } };
    const response = await suite.api.gql<{ search: Array<{ type: string; name: string; moves?: Move[] }> }>(
      '{ search(text: "S&P 500", types: [MARKET_INDEX]) { type name ... on MarketIndex { moves { id direction changePct points level date cause { name } evidence { sentence } index { name } } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.search).toHaveLength(1);
    expect(response.data?.search[0]).toMatchObject({ type: 'MARKET_INDEX', name: 'S&P 500' });
    expect(response.data?.search[0]?.moves).toEqual([
      {
        id: expect.stringMatching(/^MOVED_BY\|marketindex:s-p-500\|/),
        direction: 'UP',
        changePct: 1.2,
        points: null,
        level: 4510.3,
        date: expect.stringMatching(/^2031-03-04T15:00/),
        cause: { name: 'Federal Reserve' },
        evidence: [{ sentence: sentences[0] }],
        index: { name: 'S&P 500' },
      },
    ]);
  });

  it("shows no cause for an index move whose news states none, whether the move is read ahead or batched", async () => {
    const MOVES = '... on MarketIndex { moves { direction points cause { id } } }';
    const ahead = await suite.api.gql<{ search: Array<{ id: string; moves: unknown[] }> }>(`{ search(text: "Nasdaq Composite", types: [MARKET_INDEX]) { id ${MOVES} } }`);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data?.search[0]?.moves).toEqual([{ direction: 'DOWN', points: 12, cause: null }]);
    const batched = await suite.api.gql<{ entity: { moves: unknown[] } }>(`query($id: ID!) { entity(id: $id) { ${MOVES} } }`, { id: ahead.data?.search[0]?.id });
    expect(batched.errors).toBeUndefined();
    expect(batched.data?.entity.moves).toEqual([{ direction: 'DOWN', points: 12, cause: null }]);
  });

  it('keeps index moves out of stockMoves, which lists only the moves of companies', async () => {
    const response = await suite.api.gql<{ day: { edges: Array<{ node: { id: string; company: { name: string } } }> }; ofIndex: { totalCount: number } }>(
      `query($index: ID!) { day: stockMoves(since: "2031-03-04T00:00:00Z", until: "2031-03-05T00:00:00Z") { edges { node { id company { name } } } }
                            ofIndex: stockMoves(companyId: $index) { totalCount } }`,
      { index: sp500.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.day.edges.map((e) => e.node.company.name)).toEqual(['Harrowgate Freight Corp']);
    expect(response.data?.ofIndex.totalCount).toBe(0);
  });
});
