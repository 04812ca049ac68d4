import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extraction/index.js';

const moves = (kind: 'headline' | 'article', text: string) =>
  extractDocuments([{ kind, text }]).relations.filter((r) => r.type === 'MOVED_BY').map((r) => ({ source: r.source, ...r.properties }));

// A share move's figures come from its own clause, not from the clause giving its reason.
const rows: [name: string, kind: 'headline' | 'article', text: string, expected: Record<string, unknown>][] = [
  ["a reason's percentage after the move in a title", 'headline', 'Tarnwell Shares Rally After Cloud Revenue Surges 26%', { source: 'company:tarnwell', direction: 'UP' }],
  ["a stake taken in the reason's clause, which is no holding gained by the stock", 'headline', 'Tarnwell Shares Soar After Lumenfold Takes 10% Stake', { source: 'company:tarnwell', direction: 'UP' }],
  ["a reason's percentage in prose", 'article', 'Tarnwell Corp shares rose after sales grew 5 percent.', { source: 'company:tarnwell', direction: 'UP' }],
  ["a reason's price in prose", 'article', 'Tarnwell Corp shares jumped after Lumenfold Inc raised its offer to $ 40 a share.', { source: 'company:tarnwell', direction: 'UP' }],
  ['a price reached as a record high', 'article', 'Tarnwell Corp shares jumped 36 % to a record high of $ 328 on Wednesday.', { source: 'company:tarnwell', direction: 'UP', changePct: 36, price: 328, currency: 'USD' }],
  ['a price at an extreme hit', 'article', 'Tarnwell Corp shares touched an all-time low of $ 12.40 .', { source: 'company:tarnwell', direction: 'DOWN', price: 12.4, currency: 'USD' }],
  ['a price at an extreme a title tells without its article', 'headline', 'Tarnwell Shares Hit Record High of $55 After Earnings', { source: 'company:tarnwell', direction: 'UP', price: 55, currency: 'USD' }],
];

describe('share move figures', () => {
  it.each(rows)('reads %s', (_name, kind, text, expected) => {
    expect(moves(kind, text)).toContainEqual(expected);
  });
});

describe("a move's reason named as an event", () => {
  it("keeps the reason's percent sign", () => {
    const result = extractDocuments([{ kind: 'headline', text: 'Tarnwell Shares Rally After Cloud Revenue Surges 26%' }]);
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(['Cloud Revenue Surges 26%']);
  });
});
