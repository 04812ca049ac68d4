import { describe, expect, it } from 'vitest';
import { factsOf, toNeighbour } from '../../../src/graph/neighbour-prefetch.js';
import { factsFor } from '../../../src/api/neighbour-fields.js';
import { toIndexMove, toStockMove } from '../../../src/api/model.js';

const fed = ['organization:federal-reserve', 'Organization', 'Federal Reserve', null, null];

describe('moves read as neighbour list items', () => {
  it("reads an index move's points and level when its items show them, and only the facts they show", () => {
    const facts = factsFor('MarketIndex', 'moves', ['direction', 'points', 'level', 'cause']);
    expect(facts.sort()).toEqual(['direction', 'level', 'points']);
    const kind = { type: 'MOVED_BY', direction: 'OUTGOING', facts, properties: false, placeholders: true } as const;
    // LIST_FACTS order: direction, points, level; then whether the cause is a placeholder.
    const item = toNeighbour([0.8, ...fed, 'DOWN', 12, 2400.98, false], 'marketindex:dow', kind);
    expect(toIndexMove(factsOf(item), item.other, item.placeholder)).toMatchObject({
      sourceId: 'marketindex:dow',
      targetId: 'organization:federal-reserve',
      direction: 'DOWN',
      changePct: null,
      points: 12,
      level: 2400.98,
      causeIsPlaceholder: false,
    });
  });

  it("keeps a company's move in its own shape, without an index's facts", () => {
    expect(factsFor('Company', 'movedBy', ['points', 'level', 'price'])).toEqual(['price']);
    const relation = { id: 'MOVED_BY|company:a|event:x|doc', type: 'MOVED_BY', sourceId: 'company:a', targetId: 'event:x', confidence: 0.8, properties: { direction: 'UP', price: 7.5, currency: 'HKD' }, firstSeen: '2026-01-02T00:00:00Z', lastSeen: null, evidence: null } as const;
    const move = toStockMove({ ...relation, properties: { ...relation.properties } });
    expect(move).toMatchObject({ direction: 'UP', price: 7.5, currency: 'HKD', exchange: null, date: '2026-01-02T00:00:00Z', causeRead: null });
    expect(move).not.toHaveProperty('points');
  });
});
