import type { DocumentKind, EntityType, PropertyValue, RelationType } from '../extraction/types.js';
import type { ArticleRecord, EntityRecord, EvidenceRecord, RelationRecord } from './model.js';

/**
 * Cypher projections and their readers, in one place so every store returns the same shapes.
 * The projections are fixed text naming a Cypher variable chosen by our code, never by a caller.
 */

/** The optional parts of an entity a read returns: aliases grow with every article naming it. */
export interface EntityParts {
  aliases: boolean;
  properties: boolean;
  /** False when the reader knows the type already (a list of one entity type); read when not given. */
  type?: boolean;
}
export const WHOLE_ENTITY: EntityParts = { aliases: true, properties: true };

/**
 * Entities travel as positional lists, not maps: Bolt repeats every map key in every row, and decoding
 * those keys was most of the cost of reading long neighbour lists. Parts not read come back as null,
 * which toEntityRecord keeps, so resolvers know to load the whole entity if a query shows them.
 */
export const entityFields = (v: string, parts: EntityParts = WHOLE_ENTITY) =>
  `${v}.id, ${parts.type === false ? 'null' : `${v}.type`}, ${v}.name, ${parts.aliases ? `${v}.aliases` : 'null'}, ${parts.properties ? `coalesce(${v}.propsJson, '{}')` : 'null'}`;
export const entityProjection = (v: string, parts: EntityParts = WHOLE_ENTITY) => `[${entityFields(v, parts)}]`;
/** How many values entityFields puts in a row. */
export const ENTITY_WIDTH = 5;
export const articleProjection = (v: string) =>
  `${v} {.id, .title, .kind, .source, .url, .publishedAt, .ingestedAt, .contentHash, .text}`;
/** A relationship's facts without its evidence lists, which can be large: evidence has its own loader. */
/** Dates are turned into ISO text by Neo4j, which is cheaper than decoding temporal values here. */
export const relationProjection = (v: string) =>
  `{type: type(${v}), sourceId: startNode(${v}).id, targetId: endNode(${v}).id,
    props: [k IN keys(${v}) WHERE NOT k STARTS WITH 'ev' | [k, CASE WHEN ${v}[k] IS :: ZONED DATETIME THEN toString(${v}[k]) ELSE ${v}[k] END]]}`;
/** A relationship with its evidence, for the few reads that return it whole. */
export const relationWithEvidenceProjection = (v: string) =>
  `{type: type(${v}), sourceId: startNode(${v}).id, targetId: endNode(${v}).id, props: properties(${v})}`;

/** Relationship properties that hold bookkeeping rather than facts. */
const EVIDENCE_KEYS = ['evArticleIds', 'evSentences', 'evStarts', 'evEnds', 'evConfidences'] as const;
const RESERVED_KEYS = new Set<string>(['key', 'confidence', 'firstSeen', 'lastSeen', ...EVIDENCE_KEYS]);

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function parseProps(json: unknown): Record<string, PropertyValue> | null {
  if (json === null) return null;
  if (typeof json !== 'string' || json.length === 0) return {};
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, PropertyValue>) : {};
}

export function toEntityRecord(row: unknown): EntityRecord {
  return entityAt(row as unknown[], 0);
}

/** The entity whose entityFields start at position `at` of a longer row; `type` when the row has none. */
export function entityAt(row: readonly unknown[], at: number, type?: EntityType): EntityRecord {
  // Read in place: this runs for every list item, and a destructured copy of the five values is one more array each.
  const aliases = row[at + 3];
  return {
    id: String(row[at]),
    type: type ?? (row[at + 1] as EntityType),
    name: String(row[at + 2]),
    aliases: aliases === null ? null : Array.isArray(aliases) ? aliases.map(String) : [],
    properties: parseProps(row[at + 4]),
  };
}

export function toArticleRecord(row: unknown): ArticleRecord {
  const r = row as Record<string, unknown>;
  return {
    id: String(r.id),
    title: stringOrNull(r.title),
    kind: (r.kind === 'headline' ? 'headline' : 'article') as DocumentKind,
    source: stringOrNull(r.source),
    url: stringOrNull(r.url),
    publishedAt: stringOrNull(r.publishedAt),
    ingestedAt: stringOrNull(r.ingestedAt),
    contentHash: String(r.contentHash),
    text: String(r.text ?? ''),
  };
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(Number) : [];
}

function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const articleIds = Array.isArray(props.evArticleIds) ? props.evArticleIds.map(String) : [];
  const sentences = Array.isArray(props.evSentences) ? props.evSentences.map(String) : [];
  const starts = numbers(props.evStarts);
  const ends = numbers(props.evEnds);
  const confidences = numbers(props.evConfidences);
  return articleIds.map((articleId, i) => ({
    articleId,
    sentence: sentences[i] ?? '',
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
    confidence: confidences[i] ?? null,
  }));
}

export function toRelationRecord(row: unknown): RelationRecord {
  const r = row as { type: string; sourceId: string; targetId: string; props: Record<string, unknown> | Array<[string, unknown]> };
  const props: Record<string, unknown> = Array.isArray(r.props) ? Object.fromEntries(r.props) : r.props;
  const properties: Record<string, PropertyValue> = {};
  for (const key in props) {
    const value = props[key];
    if (value !== null && value !== undefined && !RESERVED_KEYS.has(key)) properties[key] = value as PropertyValue;
  }
  return {
    // Lists that do not show the relation itself read it without its key (see neighbourProjection).
    id: typeof props.key === 'string' ? props.key : '',
    type: r.type as RelationType,
    sourceId: r.sourceId,
    targetId: r.targetId,
    confidence: typeof props.confidence === 'number' ? props.confidence : 0,
    properties,
    firstSeen: stringOrNull(props.firstSeen),
    lastSeen: stringOrNull(props.lastSeen),
    evidence: 'evArticleIds' in props ? evidenceOf(props) : null,
  };
}
