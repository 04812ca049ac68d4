import type { EntityType, RelationType } from '../extraction/types.js';
import { int, type GraphDatabase } from './database.js';
import type { Page, RelationRecord } from './model.js';
import { relationProjection, relationWithEvidenceProjection, toRelationRecord } from './records.js';
import { relationshipPattern, relationTypeToken, type Direction } from './relation-types.js';
import { pageOf } from './paging.js';
import { kindKey, listKey, neighbourProjection, sortNeighbours, toNeighbour, type Neighbour } from './neighbour-prefetch.js';

export interface NeighbourRequest {
  id: string;
  type: RelationType;
  direction: Direction;
  /** Only other ends of this entity type (see NeighbourKind). */
  other?: EntityType;
}

export function neighbourKey(request: NeighbourRequest): string {
  return listKey(request.id, request);
}

/** The request a neighbour key stands for: its last three parts are the kind (see kindKey), the id the rest. */
export function parseNeighbourKey(key: string): NeighbourRequest {
  const [type, direction, other] = key.split('|').slice(-3) as [RelationType, Direction, string];
  const id = key.slice(0, key.length - type.length - direction.length - other.length - 3);
  return { id, type, direction, ...(other === '*' ? {} : { other: other as EntityType }) };
}

const R = relationProjection('r');

/** Reads of relationships, always for many entities in one statement (the API's loaders call these). */
export class RelationStore {
  constructor(private readonly db: GraphDatabase) {}

  /**
   * Neighbours for many (entity, relation type, direction) requests in one statement: one branch per
   * distinct type and direction, each expanding only relationships of its type.
   */
  async neighbours(requests: readonly NeighbourRequest[]): Promise<Map<string, Neighbour[]>> {
    // Sorted, so the same kinds always make the same statement text (one cached plan); rows name theirs by position.
    const kinds = [...new Map(requests.map(({ id: _id, ...kind }) => [kindKey(kind), kind]))].sort(([a], [b]) => (a < b ? -1 : 1));
    const position = new Map(kinds.map(([key], i) => [key, i]));
    const branches = kinds.map(
      ([, kind], i) => `WITH e, row WHERE row.kind = ${i} MATCH ${relationshipPattern(kind.type, kind.direction, kind.other ?? null)}
              RETURN ${neighbourProjection(kind)} AS item`,
    );
    const rows = await this.db.readOne(
      `UNWIND $rows AS row
       MATCH (e:Entity {id: row.id})
       CALL (e, row) { ${branches.join(' UNION ALL ')} }
       RETURN row.key AS key, row.id AS id, collect(item) AS neighbours`,
      { rows: requests.map((r) => ({ id: r.id, kind: int(position.get(kindKey(r)) ?? -1), key: neighbourKey(r) })) },
    );
    return new Map(
      rows.map((row) => [
        String(row.key),
        sortNeighbours((row.neighbours as unknown[]).map((item) => toNeighbour(item, String(row.id), parseNeighbourKey(String(row.key))))),
      ]),
    );
  }

  /** A page of each entity's relations, of some types or all, in one direction or both. */
  async relationsOf(
    entityIds: readonly string[],
    types: readonly RelationType[] | null,
    direction: Direction,
    offset: number,
    limit: number,
  ): Promise<Map<string, Page<RelationRecord>>> {
    const rows = await this.db.readOne(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       CALL (e) {
         MATCH ${relationshipPattern(null, direction)}
         WHERE $types IS NULL OR type(r) IN $types
         WITH DISTINCT r ORDER BY type(r), r.key
         RETURN collect(${R}) AS found
       }
       RETURN id, size(found) AS total, found[$offset..$end] AS relations`,
      { ids: [...new Set(entityIds)], types: types ? types.map(relationTypeToken) : null, offset: int(offset), end: int(offset + limit + 1) },
    );
    return new Map(
      rows.map((row) => [String(row.id), pageOf((row.relations as unknown[]).map(toRelationRecord), Number(row.total), offset, limit)]),
    );
  }

  /** Whole relations with their evidence. Relation ids are `TYPE|…`; the type picks the relationship index to use. */
  async getByKeys(keys: readonly string[]): Promise<Map<string, RelationRecord>> {
    const byType = new Map<RelationType, string[]>();
    for (const key of new Set(keys)) {
      const type = relationTypeToken(key.split('|', 1)[0] ?? '');
      byType.set(type, [...(byType.get(type) ?? []), key]);
    }
    const found = new Map<string, RelationRecord>();
    await this.db.read(async (tx) => {
      for (const [type, typeKeys] of byType) {
        const rows = await tx.run(
          `UNWIND $keys AS key MATCH (:Entity)-[r:${type} {key: key}]->(:Entity) RETURN ${relationWithEvidenceProjection('r')} AS r`,
          { keys: typeKeys },
        );
        for (const row of rows) {
          const relation = toRelationRecord(row.r);
          found.set(relation.id, relation);
        }
      }
    });
    return found;
  }
}
