import type { GraphDatabase } from '../../src/graph/database.js';
import type { OperationInputs } from './operations.js';

/**
 * Inputs with something to find: listed companies that have partners, name words of such companies,
 * and pairs of companies linked through a common partner. Ordered by id so a run is repeatable.
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
  // Partners of partners, with every expansion bounded: policy and event hubs make unbounded
  // multi-hop patterns explode on large graphs.
  const paths = await db.read((tx) =>
    tx.run<{ fromId: string; toId: string }>(
      `MATCH (a:Company)-[:LISTED_AS]->(:Listing) WITH DISTINCT a ORDER BY a.id LIMIT 200
       CALL (a) {
         MATCH (a)-[:PARTNERS_WITH]-(m:Company) WITH m ORDER BY m.id LIMIT 3
         MATCH (m)-[:PARTNERS_WITH]-(b:Company) WHERE b <> a AND NOT EXISTS { (a)-[:PARTNERS_WITH]-(b) }
         RETURN b ORDER BY b.id LIMIT 1
       }
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
