import type { GraphDatabase } from '../../src/graph/database.js';

/**
 * A synthetic graph written straight to Neo4j under a prefix: `count` companies named
 * "<prefix> Company NNN", each partnering with the next, each moved by a policy. For tests that
 * need many nodes (paging, batching) rather than realistic news.
 */
export async function writeCompanyFixture(db: GraphDatabase, prefix: string, count: number): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MERGE (a:Article {id: $prefix + 'fixture'})
       SET a.kind = 'article', a.text = 'fixture', a.contentHash = 'fixture'
       MERGE (p:Entity:Policy {id: $prefix + 'policy'})
       SET p.type = 'Policy', p.name = $prefix + ' Policy', p.aliases = [], p.aliasKeys = []
       WITH a, p
       UNWIND range(0, $count - 1) AS i
       WITH a, p, i, $prefix + ' Company ' + right('000' + toString(i), 4) AS name
       MERGE (c:Entity:Company {id: $prefix + 'company-' + toString(i)})
       SET c.type = 'Company', c.name = name, c.aliases = [name], c.aliasKeys = [toLower(name)], c.nameKey = toLower(name)
       MERGE (a)-[:MENTIONS]->(c)
       MERGE (c)-[m:MOVED_BY {key: 'MOVED_BY|' + c.id + '|' + p.id + '|fixture'}]->(p)
       SET m.direction = 'UP', m.changePct = 1.0 * i, m.confidence = 0.9, m.evArticleIds = [a.id], m.evSentences = ['s'],
           m.evStarts = [0], m.evEnds = [1], m.evConfidences = [0.9], m.articleId = a.id`,
      { prefix, count },
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
