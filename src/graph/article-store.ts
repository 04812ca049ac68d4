import type { EntityType } from '../extraction/types.js';
import { int, type GraphDatabase } from './database.js';
import type { ArticleRecord, EntityRecord, GraphStatsRecord, Page } from './model.js';
import { articleProjection, entityProjection, toArticleRecord, toEntityRecord } from './records.js';
import { pageOf } from './paging.js';

const A = articleProjection('a');

/** Reads of articles, the entities they mention, and the graph's counts. */
export class ArticleStore {
  constructor(private readonly db: GraphDatabase) {}

  async getByIds(ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const rows = await this.db.readOne(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${A} AS a`, { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => [String((row.a as { id: string }).id), toArticleRecord(row.a)]));
  }

  /** Newest first; articles without a date after dated ones. */
  async page(offset: number, limit: number, withCount = true): Promise<Page<ArticleRecord>> {
    return this.db.read(async (tx) => {
      const [rows, counts] = await Promise.all([
        tx.run(
          `MATCH (a:Article)
           WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
           RETURN ${A} AS a`,
          { offset: int(offset), limit: int(limit + 1) },
        ),
        withCount ? tx.run('MATCH (a:Article) RETURN count(a) AS n') : Promise.resolve([]),
      ]);
      return pageOf(rows.map((row) => toArticleRecord(row.a)), withCount ? Number(counts[0]?.n ?? 0) : null, offset, limit);
    });
  }

  /** For each entity, a page of the articles mentioning it (one statement for all of them). */
  async mentionsOf(entityIds: readonly string[], offset: number, limit: number): Promise<Map<string, Page<ArticleRecord>>> {
    const rows = await this.db.readOne(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       CALL (e) {
         MATCH (a:Article)-[:MENTIONS]->(e)
         WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
         RETURN collect(${A}) AS found
       }
       RETURN id, size(found) AS total, found[$offset..$end] AS articles`,
      { ids: [...new Set(entityIds)], offset: int(offset), end: int(offset + limit + 1) },
    );
    return new Map(
      rows.map((row) => [
        String(row.id),
        pageOf((row.articles as unknown[]).map(toArticleRecord), Number(row.total), offset, limit),
      ]),
    );
  }

  /** For each article, the entities it mentions, optionally of some types only. */
  async entitiesOf(articleIds: readonly string[], types: readonly EntityType[] | null): Promise<Map<string, EntityRecord[]>> {
    const rows = await this.db.readOne(
      `UNWIND $ids AS id
       MATCH (a:Article {id: id})-[:MENTIONS]->(e:Entity)
       WHERE $types IS NULL OR e.type IN $types
       WITH id, e ORDER BY e.name
       RETURN id, collect(${entityProjection('e')}) AS entities`,
      { ids: [...new Set(articleIds)], types },
    );
    return new Map(rows.map((row) => [String(row.id), (row.entities as unknown[]).map(toEntityRecord)]));
  }

  async stats(): Promise<GraphStatsRecord> {
    const rows = await this.db.readOne(
      `RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities,
              COUNT { (:Entity)-[r]->(:Entity) } AS relations`,
    );
    const row = rows[0] ?? {};
    return { articles: Number(row.articles ?? 0), entities: Number(row.entities ?? 0), relations: Number(row.relations ?? 0) };
  }
}
