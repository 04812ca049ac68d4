import { describe, expect, it } from 'vitest';
import { connectionEdges, connectionPageInfo, decodeCursor, encodeCursor, pageWindow } from '../../src/api/pagination.js';
import { AppError } from '../../src/errors.js';

describe('cursors', () => {
  it('round-trip a position and look opaque', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(encodeCursor(41)).not.toContain('41');
  });

  it.each(['', 'garbage', Buffer.from('o:-1').toString('base64url'), Buffer.from('o:1e9').toString('base64url')])('refuse %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
  });
});

describe('pageWindow', () => {
  it('starts after the cursor and defaults the size', () => {
    expect(pageWindow(null, null, 100)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow(10, encodeCursor(9), 100)).toEqual({ offset: 10, limit: 10 });
  });

  it('refuses sizes over the maximum or below zero', () => {
    expect(() => pageWindow(101, null, 100)).toThrow(/between 0 and 100/);
    expect(() => pageWindow(-1, null, 100)).toThrow(AppError);
  });
});

describe('connections', () => {
  it('give each edge the cursor of its position and the last as endCursor', () => {
    const page = { items: ['a', 'b'], totalCount: 5, offset: 2, hasNextPage: true };
    const edges = connectionEdges(page);
    expect(edges.map((e) => decodeCursor(e.cursor))).toEqual([2, 3]);
    expect(connectionPageInfo(page)).toEqual({ hasNextPage: true, endCursor: edges[1]?.cursor });
    expect(connectionPageInfo({ ...page, items: [] }).endCursor).toBeNull();
  });
});
