import { RELATION_TYPES, SYMMETRIC_RELATIONS } from '../extraction/types.js';
import { AppError } from '../errors.js';
import type { GraphDatabase, Tx } from './database.js';
import { relationTypeToken } from './relation-types.js';

/**
 * Moves every relationship of type T from the merged node to the kept one. Keys are rebuilt from the
 * new ends; where the kept node already has the same fact, the evidence lists are joined.
 */
async function moveRelationships(tx: Tx, type: string, keepId: string, mergeId: string): Promise<void> {
  const t = relationTypeToken(type);
  const keyOf = (source: string, target: string) =>
    t === 'MOVED_BY'
      ? `'${t}|' + ${source} + '|' + ${target} + '|' + coalesce(r.articleId, '')`
      : SYMMETRIC_RELATIONS.has(t)
        ? `'${t}|' + CASE WHEN ${source} < ${target} THEN ${source} + '|' + ${target} ELSE ${target} + '|' + ${source} END`
        : `'${t}|' + ${source} + '|' + ${target}`;
  const merge = (pattern: string, key: string) => `
     MATCH (k:Entity {id: $keepId})
     MATCH (m:Entity {id: $mergeId})${pattern}
     WHERE o.id <> $keepId
     WITH k, m, r, o, ${key} AS key
     CALL (k, o, r, key) {
       ${SYMMETRIC_RELATIONS.has(t) ? `MERGE (k)-[n:${t} {key: key}]-(o)` : pattern.includes('->(o)') ? `MERGE (k)-[n:${t} {key: key}]->(o)` : `MERGE (o)-[n:${t} {key: key}]->(k)`}
       ON CREATE SET n = properties(r), n.key = key
       ON MATCH SET n.evArticleIds = n.evArticleIds + r.evArticleIds, n.evSentences = n.evSentences + r.evSentences,
                    n.evStarts = n.evStarts + r.evStarts, n.evEnds = n.evEnds + r.evEnds,
                    n.evConfidences = n.evConfidences + r.evConfidences,
                    n.confidence = CASE WHEN r.confidence > n.confidence THEN r.confidence ELSE n.confidence END
     }
     DELETE r`;
  await tx.run(merge(`-[r:${t}]->(o)`, keyOf('k.id', 'o.id')), { keepId, mergeId });
  await tx.run(merge(`<-[r:${t}]-(o)`, keyOf('o.id', 'k.id')), { keepId, mergeId });
}

/** A human's fix of a resolution mistake: `mergeId` becomes part of `keepId`, in one transaction. */
export async function mergeEntities(db: GraphDatabase, keepId: string, mergeId: string): Promise<void> {
  if (keepId === mergeId) throw new AppError('BAD_USER_INPUT', 'keepId and mergeId are the same entity.');
  await db.write(async (tx) => {
    const rows = await tx.run<{ id: string; type: string }>('UNWIND [$keepId, $mergeId] AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.type AS type', { keepId, mergeId });
    const keep = rows.find((r) => r.id === keepId);
    const merge = rows.find((r) => r.id === mergeId);
    if (!keep || !merge) throw new AppError('NOT_FOUND', `No entity with id ${!keep ? keepId : mergeId}.`);
    if (keep.type !== merge.type) throw new AppError('BAD_USER_INPUT', `Cannot merge a ${merge.type} into a ${keep.type}.`);
    for (const type of RELATION_TYPES) await moveRelationships(tx, type, keepId, mergeId);
    await tx.run(
      `MATCH (k:Entity {id: $keepId}) MATCH (m:Entity {id: $mergeId})
       OPTIONAL MATCH (a:Article)-[old:MENTIONS]->(m)
       CALL (k, a, old) {
         WITH k, a, old WHERE a IS NOT NULL
         MERGE (a)-[n:MENTIONS]->(k)
         SET n.aliases = coalesce(n.aliases, []) + [x IN old.aliases WHERE NOT x IN coalesce(n.aliases, [])],
             n.aliasKeys = coalesce(n.aliasKeys, []) + [x IN old.aliasKeys WHERE NOT x IN coalesce(n.aliasKeys, [])]
       }
       WITH DISTINCT k, m
       SET k.aliases = k.aliases + [x IN m.aliases WHERE NOT x IN k.aliases],
           k.aliasKeys = k.aliasKeys + [x IN m.aliasKeys WHERE NOT x IN k.aliasKeys]
       SET k.aliasText = reduce(s = '', x IN k.aliases | s + ' | ' + x)
       DETACH DELETE m`,
      { keepId, mergeId },
    );
  });
}
