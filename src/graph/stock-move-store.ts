import { int, type GraphDatabase } from './database.js';
import type { Page, RelationRecord } from './model.js';
import { relationProjection, toRelationRecord } from './records.js';
import { pageOf } from './paging.js';

export interface StockMoveFilter {
  companyId: string | null;
  direction: 'UP' | 'DOWN' | null;
  since: string | null;
  until: string | null;
}

const WHERE = `($direction IS NULL OR r.direction = $direction)
  AND ($since IS NULL OR r.date >= datetime($since))
  AND ($until IS NULL OR r.date <= datetime($until))`;
// Starting from the company when one is named lets the planner use the id constraint.
const FROM_COMPANY = `MATCH (c:Company {id: $companyId})-[r:MOVED_BY]->(:Entity) WHERE ${WHERE}`;
const FROM_ALL = `MATCH (:Company)-[r:MOVED_BY]->(:Entity) WHERE ${WHERE}`;

/** Share-price moves, newest first (undated ones last), filtered by company, direction and date. */
export class StockMoveStore {
  constructor(private readonly db: GraphDatabase) {}

  async page(filter: StockMoveFilter, offset: number, limit: number, withCount = true): Promise<Page<RelationRecord>> {
    const match = filter.companyId ? FROM_COMPANY : FROM_ALL;
    const params = { ...filter, offset: int(offset), limit: int(limit + 1) };
    return this.db.read(async (tx) => {
      const [rows, counts] = await Promise.all([
        tx.run(`${match} WITH r ORDER BY r.date IS NULL, r.date DESC, r.key SKIP $offset LIMIT $limit RETURN ${relationProjection('r')} AS r`, params),
        withCount ? tx.run(`${match} RETURN count(r) AS n`, params) : Promise.resolve([]),
      ]);
      return pageOf(rows.map((row) => toRelationRecord(row.r)), withCount ? Number(counts[0]?.n ?? 0) : null, offset, limit);
    });
  }
}
