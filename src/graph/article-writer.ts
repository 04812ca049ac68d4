import { RELATION_TYPES, SYMMETRIC_RELATIONS, type EntityType, type ExtractedEntity, type ExtractionResult, type RelationType } from '../extraction/types.js';
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

/**
 * Every ingest statement is anchored on unique-id seeks (or a hinted index), so its plan does not depend
 * on statistics; replanning it while a fresh graph grows would only cost compile time (about 0.1 s a
 * statement, several times a minute). A plan made on an empty graph is as good as a later one.
 */
const INGEST_CYPHER = 'CYPHER replan=skip';

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

/** A node the candidate lookup found, with what the entity statement may extend. */
interface StoredEntity extends ResolutionCandidate {
  name: string;
  aliases: string[];
  exchange: string | null;
  symbol: string | null;
}

/**
 * Nodes of the graph that could be any of the subjects: same id, name, alias key or listing. Listings go
 * unlabelled in the patterns: with a label, a plan made on one graph scanned every entity's id index
 * entry to find them instead of following the LISTED_AS relationships.
 */
async function findCandidates(tx: Tx, subjects: readonly ResolutionSubject[]): Promise<StoredEntity[]> {
  const resolvable = subjects.filter((s) => s.type !== 'Event');
  const keys = [...new Set(resolvable.flatMap((s) => [s.nameKey, ...s.aliasKeys]))].filter((k) => k.length > 0);
  const phraseQueries: string[] = [];
  for (let i = 0; i < keys.length; i += ALIAS_QUERY_CHUNK) {
    phraseQueries.push(keys.slice(i, i + ALIAS_QUERY_CHUNK).map(luceneExactPhrase).join(' OR '));
  }
  const rows = await tx.run(
    `${INGEST_CYPHER}
     CALL {
       UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
       UNION
       UNWIND $keys AS key MATCH (e:Entity {nameKey: key}) USING INDEX e:Entity(nameKey) RETURN e
       UNION
       UNWIND $phraseQueries AS q CALL db.index.fulltext.queryNodes('entity_alias_keys', q) YIELD node RETURN node AS e
       UNION
       UNWIND $listingIds AS lid MATCH (listing:Entity {id: lid}) MATCH (listing)<-[:LISTED_AS]-(e) RETURN e
     }
     RETURN e.id AS id, e.type AS type, e.nameKey AS nameKey, e.aliasKeys AS aliasKeys,
            [(e)-[:LISTED_AS]->(listing) | listing.id] AS listingIds,
            e.name AS name, e.aliases AS aliases, e.exchange AS exchange, e.symbol AS symbol`,
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
    name: String(row.name ?? ''),
    aliases: (row.aliases as string[] | null) ?? [],
    exchange: (row.exchange as string | null) ?? null,
    symbol: (row.symbol as string | null) ?? null,
  }));
}

/**
 * True when the stored node already has everything the row would add. Aliases only grow and a name only
 * gets longer, so that stays true whatever other transactions commit meanwhile.
 */
function addsNothing(row: EntityRow, stored: StoredEntity | undefined): boolean {
  if (!stored) return false;
  const aliases = new Set(stored.aliases);
  const keys = new Set(stored.aliasKeys);
  return (
    row.aliases.every((a) => aliases.has(a)) &&
    row.aliasKeys.every((k) => keys.has(k)) &&
    !(row.name.length > stored.name.length && row.nameKey.startsWith(stored.nameKey)) &&
    (row.exchange === null || row.exchange === stored.exchange) &&
    (row.symbol === null || row.symbol === stored.symbol)
  );
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

interface MentionRow {
  entityId: string;
  aliases: string[];
  aliasKeys: string[];
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
  const mentions = new Map<string, MentionRow[]>();
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
    mentions.set(
      article.id,
      [...perArticleMentions].map(([entityId, mention]) => {
        const aliases = [...mention.aliases];
        return { entityId, aliases, aliasKeys: aliases.map(nameKey) };
      }),
    );

    const keys = new Map<string, RelationRow>();
    for (const relation of article.extraction.relations) {
      const type = relationTypeToken(relation.type);
      let [source, target] = [id(relation.source), id(relation.target)];
      if (source === target) continue;
      if (SYMMETRIC_RELATIONS.has(type) && source > target) [source, target] = [target, source];
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

/** Entity rows in id order, so concurrent batches lock shared entities in the same order. */
function inIdOrder<T extends { id: string }>(rows: Iterable<T>): T[] {
  return [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

// Labels are dynamic ($(…), Neo4j 5.26+): a label is only set, never matched, so the plan stays one index seek.
// Rows whose node the lookup showed to have everything already (`settled`) are only merged; the others
// re-add the Entity label first, which takes the node's write lock, and only then read its lists, so
// two transactions adding different aliases at once cannot lose one (they did when the lists were read
// before the lock). No property of e is read before the lock: Cypher caches property reads.
const MERGE_ENTITIES = `${INGEST_CYPHER}
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey,
                e.aliases = row.aliases, e.aliasKeys = row.aliasKeys, e.aliasText = reduce(s = '', x IN row.aliases | s + ' | ' + x),
                e.exchange = row.exchange, e.symbol = row.symbol, e.propsJson = row.propsJson, e.createdAt = datetime($now)
  WITH e, row WHERE NOT row.settled
  SET e:Entity
  WITH e, row, e.aliases AS known, e.aliasKeys AS knownKeys, e.name AS name
  WITH e, row, name, known + [x IN row.aliases WHERE NOT x IN known] AS aliases, knownKeys + [x IN row.aliasKeys WHERE NOT x IN knownKeys] AS aliasKeys
  SET e.aliases = aliases, e.aliasKeys = aliasKeys, e.aliasText = reduce(s = '', x IN aliases | s + ' | ' + x),
      // The more formal name wins ("Great Wall" → "Great Wall Motor Co Ltd").
      e.name = CASE WHEN size(row.name) > size(name) AND row.nameKey STARTS WITH e.nameKey THEN row.name ELSE name END,
      e.exchange = coalesce(row.exchange, e.exchange), e.symbol = coalesce(row.symbol, e.symbol)`;

// Articles written here are new or were just retracted, so CREATE: a concurrent writer of the same id
// fails on the unique constraint instead of doubling the mentions (writeArticleBatch then retries).
const CREATE_ARTICLES = `${INGEST_CYPHER}
  UNWIND $articles AS a
  CREATE (n:Article {id: a.id})
  SET n.title = a.title, n.kind = a.kind, n.source = a.source, n.url = a.url,
      n.publishedAt = CASE WHEN a.publishedAt IS NULL THEN null ELSE datetime(a.publishedAt) END,
      n.contentHash = a.contentHash, n.text = a.text, n.ingestedAt = datetime($now)
  WITH n, a
  UNWIND a.mentions AS m
  MATCH (e:Entity {id: m.entityId})
  CREATE (n)-[:MENTIONS {aliases: m.aliases, aliasKeys: m.aliasKeys}]->(e)`;

/**
 * Every relationship type spelled out in its own branch: with the type in the text, MERGE finds an
 * existing fact through the type's key index or from its two ends. (With a dynamic type, a plan made on
 * an empty graph scanned every relationship of the graph for each row.) One statement for all types
 * saves a round trip per type and batch.
 */
const MERGE_RELATIONS = `${INGEST_CYPHER}
  UNWIND $rows AS row
  MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
  CALL (s, t, row) {
    ${RELATION_TYPES.map(
      (type) => `WITH s, t, row WHERE row.type = '${relationTypeToken(type)}'
    MERGE (s)-[r:${relationTypeToken(type)} {key: row.key}]->(t)
    ON CREATE SET r.evArticleIds = [], r.evSentences = [], r.evStarts = [], r.evEnds = [], r.evConfidences = [],
                  r.confidence = 0.0, r.firstSeen = datetime(row.seen), r.lastSeen = datetime(row.seen)
    RETURN r`,
    ).join('\n    UNION\n    ')}
  }
  WITH r, row WHERE NOT row.articleId IN r.evArticleIds
  SET r += row.props,
      r.date = CASE WHEN row.date IS NULL THEN r.date ELSE datetime(row.date) END,
      r.evArticleIds = r.evArticleIds + [x IN row.evSentences | row.articleId],
      r.evSentences = r.evSentences + row.evSentences, r.evStarts = r.evStarts + row.evStarts,
      r.evEnds = r.evEnds + row.evEnds, r.evConfidences = r.evConfidences + row.evConfidences,
      r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.firstSeen = CASE WHEN datetime(row.seen) < r.firstSeen THEN datetime(row.seen) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN datetime(row.seen) > r.lastSeen THEN datetime(row.seen) ELSE r.lastSeen END`;

/** A point a call of writeArticleBatch passes once; later calls can wait for it. */
class Milestone {
  readonly reached: Promise<void>;
  pass: () => void = () => {};
  constructor() {
    this.reached = new Promise<void>((resolve) => (this.pass = resolve));
  }
}

/** What one call of writeArticleBatch is writing and has not committed yet. */
interface InFlight {
  entities: ResolutionCandidate[];
  /** Its entities are resolved (and listed in `entities`), or it ended. */
  resolved: Milestone;
  /** Its entities are merged into the graph, or it ended. */
  merged: Milestone;
}

/**
 * Waits, before a call's first write, until every call that started before it has merged its entities:
 * with resolution also waiting for the earlier calls (writeArticles), names resolve and entities are
 * created and extended as if the calls ran one after the other (the first to create a node gives it its
 * canonical name key, the first to extend it its alias order). A call waits holding no locks, so the
 * wait cannot close a cycle with Neo4j's locks.
 */
async function awaitEarlierMerges(mine: InFlight): Promise<void> {
  const calls = [...inFlight];
  await Promise.all(calls.slice(0, calls.indexOf(mine)).map((w) => w.merged.reached));
}

function startInFlight(): InFlight {
  return { entities: [], resolved: new Milestone(), merged: new Milestone() };
}

/**
 * Entities that transactions of this process are writing and have not committed: a batch resolving
 * meanwhile counts them as part of the graph, as it will once they commit, so two batches written at
 * once resolve names as they would one after the other.
 */
const inFlight = new Set<InFlight>();

/**
 * The entities a batch writes, as a later batch would find them once it commits: a node that existed
 * keeps the name key and type it has (`known`: what the lookup found or another call is writing), and
 * gains the batch's alias keys and listings.
 */
function candidatesOf(entities: ReadonlyMap<string, EntityRow>, relations: readonly RelationRow[], known: readonly ResolutionCandidate[]): ResolutionCandidate[] {
  const before = new Map<string, ResolutionCandidate>();
  for (const c of known) {
    const seen = before.get(c.id);
    before.set(c.id, seen ? { ...seen, aliasKeys: [...seen.aliasKeys, ...c.aliasKeys], listingIds: [...seen.listingIds, ...c.listingIds] } : c);
  }
  const listings = new Map<string, string[]>();
  for (const r of relations) if (r.type === 'LISTED_AS') listings.set(r.source, [...(listings.get(r.source) ?? []), r.target]);
  return [...entities.values()].map((e) => {
    const old = before.get(e.id);
    return {
      id: e.id,
      type: old?.type ?? e.type,
      nameKey: old?.nameKey ?? e.nameKey,
      aliasKeys: [...new Set([...(old?.aliasKeys ?? []), ...e.aliasKeys])],
      listingIds: [...new Set([...(old?.listingIds ?? []), ...(listings.get(e.id) ?? [])])],
    };
  });
}

async function writeArticles(tx: Tx, articles: readonly PreparedArticle[], mine: InFlight): Promise<WrittenArticle[]> {
  const subjects = subjectsOf(articles);
  // Calls still writing when the lookup starts may commit after it: their entities come from them.
  const calls = [...inFlight];
  const earlier = calls.slice(0, calls.indexOf(mine));
  const found = await findCandidates(tx, subjects);
  await Promise.all(earlier.map((w) => w.resolved.reached));
  const known = [...found, ...earlier.flatMap((w) => w.entities)];
  const resolved = resolveEntities(subjects, known);
  const now = new Date().toISOString();
  const { entities, mentions, relations, written } = rowsFor(articles, resolved, now);
  mine.entities = candidatesOf(entities, relations, known);
  mine.resolved.pass();

  await awaitEarlierMerges(mine);
  const stored = new Map(found.map((c) => [c.id, c]));
  const entityRows = inIdOrder(entities.values()).map((row) => ({ ...row, settled: addsNothing(row, stored.get(row.id)) }));
  await tx.run(MERGE_ENTITIES, { rows: entityRows, now });
  mine.merged.pass();
  await tx.run(CREATE_ARTICLES, {
    now,
    articles: articles.map((a) => ({
      id: a.id, title: a.title, kind: a.kind, source: a.source, url: a.url, publishedAt: a.publishedAt, contentHash: a.contentHash, text: a.text,
      mentions: mentions.get(a.id) ?? [],
    })),
  });
  if (relations.length > 0) await tx.run(MERGE_RELATIONS, { rows: relations });
  return written;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

async function writeUnit(tx: Tx, articles: readonly PreparedArticle[], mine: InFlight): Promise<WrittenArticle[]> {
  const stored = await tx.run<{ id: string; hash: string }>(
    `${INGEST_CYPHER} UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash`,
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
  if (changed.length > 0) {
    await awaitEarlierMerges(mine);
    await retractArticles(tx, changed);
  }
  const written = fresh.length > 0 ? await writeArticles(tx, fresh, mine) : [];
  const byId = new Map([...written, ...unchanged].map((w) => [w.id, w]));
  return articles.map((a) => byId.get(a.id) ?? { id: a.id, unchanged: true, entityIds: [], relationKeys: [] });
}

/**
 * Writes articles in one transaction: the same content again is a no-op, changed content replaces the
 * old version's evidence first. Either every article of the call lands or none does.
 */
export async function writeArticleBatch(db: GraphDatabase, articles: readonly PreparedArticle[]): Promise<WrittenArticle[]> {
  if (articles.length === 0) return [];
  const mine = startInFlight();
  inFlight.add(mine);
  try {
    return await db.write((tx) => writeUnit(tx, articles, mine));
  } catch (error) {
    // Another writer stored one of these articles between our content check and our CREATE: check again, once.
    if ((error as { code?: unknown }).code !== CONSTRAINT_FAILED) throw error;
    return await db.write((tx) => writeUnit(tx, articles, mine));
  } finally {
    mine.resolved.pass();
    mine.merged.pass();
    inFlight.delete(mine);
  }
}
