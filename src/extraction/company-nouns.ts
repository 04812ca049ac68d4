/**
 * Nouns that call a firm what it is, in an appositive ("Zentrix Labs , a startup that …") or right before its name ("the
 * chipmaker Nvidia"). People and places are never so described.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  (
    'company firm startup start-up maker developer provider manufacturer producer supplier operator retailer lender insurer ' +
    'carrier chipmaker drugmaker automaker carmaker biotech fintech rival conglomerate giant brand miner airline bank'
  ).split(' '),
);

/**
 * Capitalised words of trade that close a company's name ("Harbin Motors", "Pinecrest Retail", "Kestrel Airlines"):
 * a title naming a company so needs no company list to be believed.
 */
export const NAME_CLOSING_TRADES: ReadonlySet<string> = new Set(
  (
    'Motors Motor Auto Automotive Airlines Airways Aerospace Energy Semiconductor Semiconductors Technologies Systems ' +
    'Pharma Pharmaceuticals Therapeutics Biotech Bank Bancorp Retail Stores Industries Electronics Networks Software Mining ' +
    'Foods Telecom Robotics Labs Chemicals Insurance Financial Logistics Shipping'
  ).split(' '),
);
