// Ready queries for Neo4j Browser. Paste one into the editor, or drag this file onto the Favorites
// drawer to keep them all. Parameters are set first with :param, e.g.  :param company => 'Xiaomi'

// Xiaomi's neighbourhood: every fact about the company, without the articles
MATCH (c:Company)-[r]-(x:Entity)
WHERE toLower(c.name) STARTS WITH toLower(coalesce($company, 'Xiaomi'))
RETURN c, r, x;

// Who benefits from the subsidy program
MATCH (beneficiary:Entity)-[r:BENEFITS_FROM]->(p:Policy)
WHERE toLower(p.name) CONTAINS 'subsidy'
RETURN beneficiary, r, p;

// What moved this stock: size, direction, day, cause and the article that says so
MATCH (c:Company)-[m:MOVED_BY]->(cause:Entity)
WHERE toLower(c.name) STARTS WITH toLower(coalesce($company, 'Xiaomi'))
MATCH (a:Article {id: m.articleId})
RETURN c.name AS company, m.direction AS direction, m.changePct AS changePct, m.price AS price,
       m.currency AS currency, coalesce(m.date, a.publishedAt) AS day,
       CASE WHEN cause.propsJson CONTAINS '"kind":"stock_move"' THEN null ELSE cause.name END AS cause,
       m.evSentences[0] AS sentence, a.id AS article
ORDER BY day DESC;

// The biggest movers, up and down
MATCH (c:Company)-[m:MOVED_BY]->(cause:Entity)
WHERE m.changePct IS NOT NULL
RETURN c.name AS company, m.direction AS direction, m.changePct AS changePct, cause.name AS cause
ORDER BY m.changePct DESC LIMIT 25;

// Shortest chain of facts between two companies
MATCH (a:Company), (b:Company)
WHERE toLower(a.name) STARTS WITH 'lenovo' AND toLower(b.name) STARTS WITH 'great wall'
MATCH p = shortestPath((a)-[:PARTNERS_WITH|BENEFITS_FROM|MOVED_BY|ACQUIRES|BIDS_FOR|INVESTS_IN|LEADS|LISTED_AS|INVOLVES|SUBSIDIARY_OF|PRODUCES|MERGES_WITH*..6]-(b))
RETURN p;

// Companies and their listings
MATCH (c:Company)-[:LISTED_AS]->(l:Listing)
RETURN c.name AS company, collect(l.exchange + ':' + l.symbol) AS listings ORDER BY company;

// An article and everything extracted from it
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
WITH a, collect(e) AS entities ORDER BY a.ingestedAt DESC LIMIT 1
UNWIND entities AS e
OPTIONAL MATCH (e)-[r]->(o:Entity) WHERE a.id IN r.evArticleIds
RETURN a, e, r, o;

// Most-mentioned entities
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
RETURN e.type AS type, e.name AS name, count(a) AS articles ORDER BY articles DESC LIMIT 25;
