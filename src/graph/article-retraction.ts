import type { GraphDatabase, Tx } from './database.js';

export interface RetractionSummary {
  articles: number;
  relationsRemoved: number;
  entitiesRemoved: number;
}

/**
 * Removes articles and everything that rested on them alone: their evidence on each relationship,
 * relationships left without evidence, and entities no remaining article mentions. Entities that stay
 * get their aliases back from the mentions that remain.
 */
export async function retractArticles(tx: Tx, articleIds: readonly string[]): Promise<RetractionSummary> {
  const found = await tx.run<{ entityIds: string[]; articles: number }>(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
     RETURN collect(DISTINCT e.id) AS entityIds, count(DISTINCT a) AS articles`,
    { ids: articleIds },
  );
  const entityIds = found[0]?.entityIds ?? [];
  const articles = Number(found[0]?.articles ?? 0);
  if (articles === 0) return { articles: 0, relationsRemoved: 0, entitiesRemoved: 0 };

  const relations = await tx.run<{ removed: number }>(
    `UNWIND $entityIds AS entityId
     MATCH (:Entity {id: entityId})-[r]->(:Entity)
     WHERE any(x IN r.evArticleIds WHERE x IN $ids)
     WITH DISTINCT r
     WITH r, [i IN range(0, size(r.evArticleIds) - 1) WHERE NOT r.evArticleIds[i] IN $ids] AS keep
     CALL (r, keep) {
       WITH r, keep WHERE size(keep) = 0
       DELETE r
       RETURN 1 AS removed
       UNION
       WITH r, keep WHERE size(keep) > 0
       SET r.evArticleIds = [i IN keep | r.evArticleIds[i]], r.evSentences = [i IN keep | r.evSentences[i]],
           r.evStarts = [i IN keep | r.evStarts[i]], r.evEnds = [i IN keep | r.evEnds[i]],
           r.evConfidences = [i IN keep | r.evConfidences[i]],
           r.confidence = reduce(m = 0.0, i IN keep | CASE WHEN r.evConfidences[i] > m THEN r.evConfidences[i] ELSE m END)
       RETURN 0 AS removed
     }
     RETURN sum(removed) AS removed`,
    { entityIds, ids: articleIds },
  );

  await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', { ids: articleIds });

  const entities = await tx.run<{ removed: number }>(
    `UNWIND $entityIds AS entityId
     MATCH (e:Entity {id: entityId})
     CALL (e) {
       WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)--(:Entity) }
       DETACH DELETE e
       RETURN 1 AS removed
       UNION
       WITH e WHERE EXISTS { (:Article)-[:MENTIONS]->(e) } OR EXISTS { (e)--(:Entity) }
       OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
       UNWIND CASE WHEN m IS NULL THEN [null] ELSE range(0, size(m.aliases) - 1) END AS i
       WITH e, collect(DISTINCT m.aliases[i]) AS aliases, collect(DISTINCT m.aliasKeys[i]) AS aliasKeys
       SET e.aliases = CASE WHEN size(aliases) = 0 THEN e.aliases ELSE aliases END,
           e.aliasKeys = CASE WHEN size(aliasKeys) = 0 THEN e.aliasKeys ELSE aliasKeys END
       SET e.name = CASE WHEN e.name IN e.aliases OR size(e.aliases) = 0 THEN e.name
                         ELSE reduce(best = head(e.aliases), x IN e.aliases | CASE WHEN size(x) > size(best) THEN x ELSE best END) END
       SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)
       RETURN 0 AS removed
     }
     RETURN sum(removed) AS removed`,
    { entityIds },
  );

  return {
    articles,
    relationsRemoved: Number(relations[0]?.removed ?? 0),
    entitiesRemoved: Number(entities[0]?.removed ?? 0),
  };
}

export function deleteArticle(db: GraphDatabase, articleId: string): Promise<RetractionSummary> {
  return db.write((tx) => retractArticles(tx, [articleId]));
}
