import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Page } from '../graph/model.js';
import { AppError } from '../errors.js';

/** Opaque cursors: base64url of a position, so clients cannot depend on what is inside. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', `Invalid cursor "${cursor.slice(0, 40)}": pass a cursor returned by this API.`);
  return Number(match[1]);
}

export const DEFAULT_PAGE_SIZE = 20;

/** A `first` within 0…maxPageSize; over the maximum it is refused, not clamped. */
function checkedFirst(first: number, maxPageSize: number): number {
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new AppError('BAD_USER_INPUT', `first must be between 0 and ${maxPageSize}; got ${String(first)}.`);
  }
  return first;
}

/** `first`/`after` to an offset and limit (a default page size when `first` is not given). */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): { offset: number; limit: number } {
  const limit = checkedFirst(first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize), maxPageSize);
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** The items a neighbour list keeps: its best `first`, or all when `first` is not given. */
export function listWindow(first: number | null | undefined, maxPageSize: number): number {
  return first === null || first === undefined ? Infinity : checkedFirst(first, maxPageSize);
}

export function connectionEdges<T>(page: Page<T>): Array<{ cursor: string; node: T }> {
  return page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

export function connectionPageInfo<T>(page: Page<T>): { hasNextPage: boolean; endCursor: string | null } {
  const last = page.items.length - 1;
  return { hasNextPage: page.hasNextPage, endCursor: last >= 0 ? encodeCursor(page.offset + last) : null };
}

export const connectionResolvers = {
  edges: <T>(page: Page<T>) => connectionEdges(page),
  pageInfo: <T>(page: Page<T>) => connectionPageInfo(page),
  // Null only when the query did not select totalCount, so this is never read then.
  totalCount: <T>(page: Page<T>) => page.totalCount ?? 0,
};

/** Whether a connection field's selection asks for totalCount (through fragments too). */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
