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
