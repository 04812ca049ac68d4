import type { EntityType, ExtractedEntity, ExtractionResult, RelationType } from '../extraction/types.js';
import type { GraphDatabase, Tx } from './database.js';
import type { ArticleRecord } from './model.js';
import { resolveEntities, type ResolutionCandidate, type ResolutionSubject } from './entity-resolution.js';
import { nameKey } from './name-keys.js';
import { retractArticles } from './article-retraction.js';
import { luceneExactPhrase } from './entity-store.js';
import { entityLabelToken, relationTypeToken } from './relation-types.js';

/** One article ready to write: its metadata and what extraction found in it. */
export interface PreparedArticle extends Omit<ArticleRecord, 'ingestedAt'> {
  extraction: Pick<ExtractionResult, 'entities' | 'relations'>;
}

export interface WrittenArticle {
  id: string;
  /** Same content hash as the stored article: nothing was written. */
  unchanged: boolean;
  /** Resolved ids of the entities the article mentions. */
  entityIds: string[];
  /** Keys of the relations the article gave evidence for. */
  relationKeys: string[];
}

const ALIAS_QUERY_CHUNK = 400;

function aliasKeysOf(entity: ExtractedEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(nameKey).filter((k) => k.length > 0))];
}

function subjectsOf(articles: readonly PreparedArticle[]): ResolutionSubject[] {
  const subjects = new Map<string, ResolutionSubject>();
  for (const article of articles) {
    const listingsOf = new Map<string, string[]>();
    for (const relation of article.extraction.relations) {
      if (relation.type === 'LISTED_AS') listingsOf.set(relation.source, [...(listingsOf.get(relation.source) ?? []), relation.target]);
    }
    for (const entity of article.extraction.entities) {
      const previous = subjects.get(entity.id);
      const aliasKeys = aliasKeysOf(entity);
      subjects.set(entity.id, {
        id: entity.id,
        type: entity.type,
        nameKey: previous?.nameKey ?? nameKey(entity.name),
        aliasKeys: [...new Set([...(previous?.aliasKeys ?? []), ...aliasKeys])],
        listingIds: [...new Set([...(previous?.listingIds ?? []), ...(listingsOf.get(entity.id) ?? [])])],
      });
    }
  }
  return [...subjects.values()];
}

/** Nodes of the graph that could be any of the subjects: same id, name, alias key or listing. */
async function findCandidates(tx: Tx, subjects: readonly ResolutionSubject[]): Promise<ResolutionCandidate[]> {
  const resolvable = subjects.filter((s) => s.type !== 'Event');
  const keys = [...new Set(resolvable.flatMap((s) => [s.nameKey, ...s.aliasKeys]))].filter((k) => k.length > 0);
  const phraseQueries: string[] = [];
  for (let i = 0; i < keys.length; i += ALIAS_QUERY_CHUNK) {
    phraseQueries.push(keys.slice(i, i + ALIAS_QUERY_CHUNK).map(luceneExactPhrase).join(' OR '));
  }
  const rows = await tx.run(
    `CALL {
       UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
       UNION
       UNWIND $keys AS key MATCH (e:Entity {nameKey: key}) RETURN e
       UNION
       UNWIND $phraseQueries AS q CALL db.index.fulltext.queryNodes('entity_alias_keys', q) YIELD node RETURN node AS e
       UNION
       UNWIND $listingIds AS lid MATCH (e:Entity)-[:LISTED_AS]->(:Listing {id: lid}) RETURN e
     }
     RETURN e.id AS id, e.type AS type, e.nameKey AS nameKey, e.aliasKeys AS aliasKeys,
            [(e)-[:LISTED_AS]->(l:Listing) | l.id] AS listingIds`,
    {
      ids: resolvable.map((s) => s.id),
      keys,
      phraseQueries,
      listingIds: [...new Set(resolvable.flatMap((s) => s.listingIds))],
    },
  );
  return rows.map((row) => ({
    id: String(row.id),
    type: row.type as EntityType,
    nameKey: String(row.nameKey ?? ''),
    aliasKeys: (row.aliasKeys as string[] | null) ?? [],
    listingIds: (row.listingIds as string[] | null) ?? [],
  }));
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  propsJson: string;
  exchange: string | null;
  symbol: string | null;
}

interface RelationRow {
  type: RelationType;
  key: string;
  source: string;
  target: string;
  articleId: string;
  seen: string;
  date: string | null;
  confidence: number;
  props: Record<string, string | number | boolean>;
  evSentences: string[];
  evStarts: number[];
  evEnds: number[];
  evConfidences: number[];
}

const SYMMETRIC: ReadonlySet<RelationType> = new Set(['PARTNERS_WITH']);

export function relationKey(type: RelationType, source: string, target: string, articleId: string): string {
  // Each reported share-price move is its own fact; other relations gather evidence across articles.
  return type === 'MOVED_BY' ? `${type}|${source}|${target}|${articleId}` : `${type}|${source}|${target}`;
}

function flatProps(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

/** Rows for the write statements, with every entity id already resolved. */
function rowsFor(articles: readonly PreparedArticle[], resolved: Map<string, string>, now: string) {
  const entities = new Map<string, EntityRow>();
  const mentions: Array<{ articleId: string; entityId: string; aliases: string[]; aliasKeys: string[] }> = [];
  const relations: RelationRow[] = [];
  const written: WrittenArticle[] = [];
  const id = (raw: string) => resolved.get(raw) ?? raw;

  for (const article of articles) {
    const perArticleMentions = new Map<string, { aliases: Set<string> }>();
    for (const entity of article.extraction.entities) {
      const entityId = id(entity.id);
      const aliases = [...new Set([entity.name, ...entity.aliases])];
      const previous = entities.get(entityId);
      const exchange = typeof entity.properties.exchange === 'string' ? entity.properties.exchange : null;
      const symbol = typeof entity.properties.symbol === 'string' ? entity.properties.symbol : null;
      const allAliases = [...new Set([...(previous?.aliases ?? []), ...aliases])];
      entities.set(entityId, {
        id: entityId,
        type: entityLabelToken(entity.type),
        name: previous && previous.name.length >= entity.name.length ? previous.name : entity.name,
        nameKey: previous?.nameKey ?? nameKey(entity.name),
        aliases: allAliases,
        aliasKeys: [...new Set(allAliases.map(nameKey).filter((k) => k.length > 0))],
        propsJson: JSON.stringify(entity.properties),
        exchange,
        symbol,
      });
      const mention = perArticleMentions.get(entityId) ?? { aliases: new Set<string>() };
      aliases.forEach((alias) => mention.aliases.add(alias));
      perArticleMentions.set(entityId, mention);
    }
    for (const [entityId, mention] of perArticleMentions) {
      const aliases = [...mention.aliases];
      mentions.push({ articleId: article.id, entityId, aliases, aliasKeys: aliases.map(nameKey) });
    }

    const keys = new Map<string, RelationRow>();
    for (const relation of article.extraction.relations) {
      const type = relationTypeToken(relation.type);
      let [source, target] = [id(relation.source), id(relation.target)];
      if (source === target) continue;
      if (SYMMETRIC.has(type) && source > target) [source, target] = [target, source];
      const key = relationKey(type, source, target, article.id);
      const row =
        keys.get(key) ??
        ({
          type,
          key,
          source,
          target,
          articleId: article.id,
          seen: article.publishedAt ?? now,
          date: type === 'MOVED_BY' ? article.publishedAt : null,
          confidence: 0,
          props: type === 'MOVED_BY' ? { ...flatProps(relation.properties), articleId: article.id } : flatProps(relation.properties),
          evSentences: [],
          evStarts: [],
          evEnds: [],
          evConfidences: [],
        } satisfies RelationRow);
      row.confidence = Math.max(row.confidence, relation.confidence);
      for (const evidence of relation.evidence) {
        row.evSentences.push(evidence.sentence);
        row.evStarts.push(evidence.start);
        row.evEnds.push(evidence.end);
        row.evConfidences.push(relation.confidence);
      }
      if (!keys.has(key)) {
        keys.set(key, row);
        relations.push(row);
      }
    }
    written.push({ id: article.id, unchanged: false, entityIds: [...perArticleMentions.keys()], relationKeys: [...keys.keys()] });
  }
  return { entities, mentions, relations, written };
}

async function writeArticles(tx: Tx, articles: readonly PreparedArticle[]): Promise<WrittenArticle[]> {
  const subjects = subjectsOf(articles);
  const resolved = resolveEntities(subjects, await findCandidates(tx, subjects));
  const now = new Date().toISOString();
  const { entities, mentions, relations, written } = rowsFor(articles, resolved, now);

  await tx.run(
    `UNWIND $articles AS a
     MERGE (n:Article {id: a.id})
     SET n.title = a.title, n.kind = a.kind, n.source = a.source, n.url = a.url,
         n.publishedAt = CASE WHEN a.publishedAt IS NULL THEN null ELSE datetime(a.publishedAt) END,
         n.contentHash = a.contentHash, n.text = a.text, n.ingestedAt = datetime($now)`,
    {
      now,
      articles: articles.map((a) => ({
        id: a.id, title: a.title, kind: a.kind, source: a.source, url: a.url, publishedAt: a.publishedAt, contentHash: a.contentHash, text: a.text,
      })),
    },
  );
  // Labels and types are dynamic ($(…), Neo4j 5.26+) but every value comes from the closed lists, checked when the rows were built.
  await tx.run(
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey, e.aliases = [], e.aliasKeys = [],
                   e.propsJson = row.propsJson, e.createdAt = datetime($now)
     SET e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
         e.aliasKeys = e.aliasKeys + [x IN row.aliasKeys WHERE NOT x IN e.aliasKeys],
         e.exchange = coalesce(row.exchange, e.exchange), e.symbol = coalesce(row.symbol, e.symbol)
     // The more formal name wins ("Great Wall" → "Great Wall Motor Co Ltd").
     SET e.name = CASE WHEN size(row.name) > size(e.name) AND row.nameKey STARTS WITH e.nameKey THEN row.name ELSE e.name END
     SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)`,
    { rows: [...entities.values()], now },
  );
  await tx.run(
    `UNWIND $mentions AS m
     MATCH (a:Article {id: m.articleId}) MATCH (e:Entity {id: m.entityId})
     MERGE (a)-[r:MENTIONS]->(e)
     SET r.aliases = m.aliases, r.aliasKeys = m.aliasKeys`,
    { mentions },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
     MERGE (s)-[r:$(row.type) {key: row.key}]->(t)
     ON CREATE SET r.evArticleIds = [], r.evSentences = [], r.evStarts = [], r.evEnds = [], r.evConfidences = [],
                   r.confidence = 0.0, r.firstSeen = datetime(row.seen), r.lastSeen = datetime(row.seen)
     SET r += row.props
     SET r.date = CASE WHEN row.date IS NULL THEN r.date ELSE datetime(row.date) END
     WITH r, row WHERE NOT row.articleId IN r.evArticleIds
     SET r.evArticleIds = r.evArticleIds + [x IN row.evSentences | row.articleId],
         r.evSentences = r.evSentences + row.evSentences, r.evStarts = r.evStarts + row.evStarts,
         r.evEnds = r.evEnds + row.evEnds, r.evConfidences = r.evConfidences + row.evConfidences,
         r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
         r.firstSeen = CASE WHEN datetime(row.seen) < r.firstSeen THEN datetime(row.seen) ELSE r.firstSeen END,
         r.lastSeen = CASE WHEN datetime(row.seen) > r.lastSeen THEN datetime(row.seen) ELSE r.lastSeen END`,
    { rows: relations },
  );
  return written;
}

/**
 * Writes articles in one transaction: the same content again is a no-op, changed content replaces the
 * old version's evidence first. Either every article of the call lands or none does.
 */
export async function writeArticleBatch(db: GraphDatabase, articles: readonly PreparedArticle[]): Promise<WrittenArticle[]> {
  if (articles.length === 0) return [];
  return db.write(async (tx) => {
    const stored = await tx.run<{ id: string; hash: string }>(
      'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash',
      { ids: articles.map((a) => a.id) },
    );
    const hashes = new Map(stored.map((row) => [row.id, row.hash]));
    const seen = new Set<string>();
    const fresh: PreparedArticle[] = [];
    const unchanged: WrittenArticle[] = [];
    for (const article of articles) {
      if (hashes.get(article.id) === article.contentHash || seen.has(article.id)) {
        unchanged.push({ id: article.id, unchanged: true, entityIds: [], relationKeys: [] });
      } else fresh.push(article);
      seen.add(article.id);
    }
    const changed = fresh.filter((a) => hashes.has(a.id)).map((a) => a.id);
    if (changed.length > 0) await retractArticles(tx, changed);
    const written = fresh.length > 0 ? await writeArticles(tx, fresh) : [];
    const byId = new Map([...written, ...unchanged].map((w) => [w.id, w]));
    return articles.map((a) => byId.get(a.id) ?? { id: a.id, unchanged: true, entityIds: [], relationKeys: [] });
  });
}
