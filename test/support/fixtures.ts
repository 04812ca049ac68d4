import type { GraphDatabase } from '../../src/graph/database.js';
import { nameKey } from '../../src/graph/name-keys.js';

/**
 * A synthetic graph written straight to Neo4j under a prefix: `count` companies named
 * "<prefix> Company NNN", each partnering with the next, each moved by a policy. For tests that
 * need many nodes (paging, batching) rather than realistic news.
 */
export async function writeCompanyFixture(db: GraphDatabase, prefix: string, count: number): Promise<void> {
  const companies = Array.from({ length: count }, (_, i) => {
    const name = `${prefix} Company ${String(i).padStart(4, '0')}`;
    return { i, name, key: nameKey(name) };
  });
  await db.write((tx) =>
    tx.run(
      `MERGE (a:Article {id: $prefix + 'fixture'})
       SET a.kind = 'article', a.text = 'fixture', a.contentHash = 'fixture'
       MERGE (p:Entity:Policy {id: $prefix + 'policy'})
       SET p.type = 'Policy', p.name = $prefix + ' Policy', p.aliases = [], p.aliasKeys = []
       WITH a, p
       UNWIND $companies AS row
       WITH a, p, toInteger(row.i) AS i, row.name AS name, row.key AS key
       MERGE (c:Entity:Company {id: $prefix + 'company-' + toString(i)})
       SET c.type = 'Company', c.name = name, c.aliases = [name], c.aliasKeys = [key], c.nameKey = key
       MERGE (a)-[:MENTIONS]->(c)
       MERGE (c)-[m:MOVED_BY {key: 'MOVED_BY|' + c.id + '|' + p.id + '|fixture'}]->(p)
       SET m.direction = 'UP', m.changePct = 1.0 * i, m.confidence = 0.9, m.evArticleIds = [a.id], m.evSentences = ['s'],
           m.evStarts = [0], m.evEnds = [1], m.evConfidences = [0.9], m.articleId = a.id`,
      { prefix, companies },
    ),
  );
  await db.write((tx) =>
    tx.run(
      `UNWIND range(0, $count - 2) AS i
       MATCH (a:Company {id: $prefix + 'company-' + toString(i)}) MATCH (b:Company {id: $prefix + 'company-' + toString(i + 1)})
       MERGE (a)-[r:PARTNERS_WITH {key: 'PARTNERS_WITH|' + a.id + '|' + b.id}]->(b)
       SET r.confidence = 0.8, r.evArticleIds = [$prefix + 'fixture'], r.evSentences = ['s'], r.evStarts = [0], r.evEnds = [1], r.evConfidences = [0.8]`,
      { prefix, count },
    ),
  );
}

export async function removeFixture(db: GraphDatabase, prefix: string): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MATCH (n) WHERE (n:Entity OR n:Article) AND n.id STARTS WITH $prefix
       DETACH DELETE n`,
      { prefix },
    ),
  );
}
