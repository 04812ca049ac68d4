import type { GraphDatabase } from '../../src/graph/database.js';
import { PATH_RELATION_TYPES, type OperationInputs } from './operations.js';

/**
 * Inputs with something to find: listed companies that have partners, name words of such companies,
 * and pairs of entities two or three fact-hops apart. Ordered by id so a run is repeatable.
 */
export async function pickInputs(db: GraphDatabase, count = 20): Promise<OperationInputs> {
  const tickers = await db.read((tx) =>
    tx.run<{ exchange: string; symbol: string; name: string }>(
      `MATCH (c:Company)-[:LISTED_AS]->(l:Listing) WHERE EXISTS { (c)-[:PARTNERS_WITH]-(:Company) }
         AND l.exchange IS NOT NULL AND l.symbol IS NOT NULL
         AND COUNT { (:Company)-[:LISTED_AS]->(:Listing {symbol: l.symbol, exchange: l.exchange}) } = 1
       RETURN l.exchange AS exchange, l.symbol AS symbol, c.name AS name ORDER BY l.id LIMIT toInteger($count)`,
      { count },
    ),
  );
  const paths = await db.read((tx) =>
    tx.run<{ fromId: string; toId: string }>(
      `MATCH (a:Company)-[:LISTED_AS]->(:Listing) WITH a ORDER BY a.id LIMIT 400
       MATCH (a)-[:${PATH_RELATION_TYPES}]-(:Entity)-[:${PATH_RELATION_TYPES}]-(:Entity)-[:${PATH_RELATION_TYPES}]-(b:Company)
       WHERE a <> b AND NOT EXISTS { (a)-[:${PATH_RELATION_TYPES}]-(b) }
       WITH a, b ORDER BY a.id, b.id
       WITH a, collect(b)[0] AS b
       RETURN a.id AS fromId, b.id AS toId LIMIT toInteger($count)`,
      { count },
    ),
  );
  // Whole company names: the company itself should be the best hit on every server.
  const words = [...new Set(tickers.map((t) => t.name).filter((w) => w.length >= 3))];
  if (tickers.length === 0 || paths.length === 0 || words.length === 0) {
    throw new Error(`The bench graph is too small to pick inputs (tickers ${tickers.length}, paths ${paths.length}).`);
  }
  return { tickers: tickers.map(({ exchange, symbol }) => ({ exchange, symbol })), searchTexts: words.slice(0, count), paths };
}
