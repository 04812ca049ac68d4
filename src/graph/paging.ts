import type { Page } from './model.js';

/** `rows` was fetched with limit + 1, so one extra row tells whether a next page exists. */
export function pageOf<T>(rows: T[], totalCount: number | null, offset: number, limit: number): Page<T> {
  return { items: rows.slice(0, limit), totalCount, offset, hasNextPage: rows.length > limit };
}
