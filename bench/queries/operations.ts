/**
 * The four questions asked of every server, each as newsgraph GraphQL, as @neo4j/graphql GraphQL and
 * (in raw-cypher-statements.ts) as hand-written Cypher, plus a canonical form of each answer so the
 * three servers can be checked to agree before anything is timed.
 */
export type OperationName = 'company_by_ticker' | 'companies_nested' | 'search' | 'path_3hop';
export const OPERATION_NAMES: OperationName[] = ['company_by_ticker', 'companies_nested', 'search', 'path_3hop'];

export type Vars = Record<string, unknown>;
export type ServerKind = 'ours' | 'raw' | 'neo4j_graphql';

export interface GraphQLRequest {
  query: string;
  variables: Vars;
}

/** Inputs chosen from the graph: each load run cycles through them. */
export interface OperationInputs {
  tickers: Array<{ exchange: string; symbol: string }>;
  searchTexts: string[];
  paths: Array<{ fromId: string; toId: string }>;
}

export const PATH_RELATION_TYPES = 'PARTNERS_WITH|BENEFITS_FROM|MOVED_BY|ACQUIRES|BIDS_FOR|INVESTS_IN|LEADS|LISTED_AS|INVOLVES|SUBSIDIARY_OF|PRODUCES';

const OURS: Record<OperationName, string> = {
  company_by_ticker: `query($ticker: String!) { company(ticker: $ticker) { id name listings { exchange symbol } partners { id name } } }`,
  companies_nested: `query { companies(first: 50) { edges { node { id name partners { id name }
      movedBy { direction changePct cause { id name } } } } } }`,
  search: `query($text: String!) { search(text: $text, first: 10) { id name } }`,
  path_3hop: `query($fromId: ID!, $toId: ID!) { path(fromId: $fromId, toId: $toId, maxHops: 3) { length nodes { id name } } }`,
};

const NEO4J_GRAPHQL: Record<OperationName, string> = {
  company_by_ticker: `query($exchange: String!, $symbol: String!) {
      companies(where: { listings: { some: { symbol: { eq: $symbol }, exchange: { eq: $exchange } } } }, limit: 1) {
        id name listings { exchange symbol } partners { id name } } }`,
  companies_nested: `query { companies(limit: 50, sort: [{ name: ASC }, { id: ASC }]) { id name partners { id name }
      movedByConnection { edges { properties { direction changePct } node { id name type propsJson } } } } }`,
  search: `query($phrase: String!) { entitiesByName(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { node { id name } } } }`,
  path_3hop: `query($fromId: ID!, $toId: ID!) { path(fromId: $fromId, toId: $toId) { length nodes { id name } } }`,
};

/** The same Lucene text newsgraph builds from user input, so full-text search asks the index the same thing. */
export function luceneTerms(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 16)
    .map((t) => `(${t} OR ${t}*)`)
    .join(' AND ');
}

/** Variables of the i-th request of an operation (inputs cycle). */
export function variablesFor(op: OperationName, inputs: OperationInputs, i: number, kind: ServerKind): Vars {
  switch (op) {
    case 'company_by_ticker': {
      const t = inputs.tickers[i % inputs.tickers.length]!;
      return kind === 'ours' ? { ticker: `${t.exchange}:${t.symbol}` } : { exchange: t.exchange, symbol: t.symbol };
    }
    case 'companies_nested':
      return {};
    case 'search': {
      const text = inputs.searchTexts[i % inputs.searchTexts.length]!;
      return kind === 'ours' ? { text } : kind === 'raw' ? { query: luceneTerms(text) } : { phrase: luceneTerms(text) };
    }
    case 'path_3hop':
      return { ...inputs.paths[i % inputs.paths.length]! };
  }
}

export function graphqlRequest(op: OperationName, kind: 'ours' | 'neo4j_graphql', variables: Vars): GraphQLRequest {
  return { query: (kind === 'ours' ? OURS : NEO4J_GRAPHQL)[op].replace(/\s+/g, ' '), variables };
}

interface Named {
  id: string;
  name: string;
}

const names = (items: Named[] | null | undefined) => (items ?? []).map((x) => x.name).sort();
const isPlaceholderCause = (node: { type?: string; propsJson?: string | null }) =>
  node.type === 'Event' && (node.propsJson ?? '').includes('"kind":"stock_move"');

/**
 * A server-independent summary of an answer. Raw Cypher answers come already in newsgraph's shape.
 * Lists whose order no server promises (partners, moves) are sorted.
 */
export function canonicalAnswer(op: OperationName, kind: ServerKind, data: any): unknown {
  switch (op) {
    case 'company_by_ticker': {
      const c = kind === 'neo4j_graphql' ? data?.companies?.[0] : data?.company;
      if (!c) return null;
      return { name: c.name, listings: (c.listings as Array<{ exchange: string; symbol: string }>).map((l) => `${l.exchange}:${l.symbol}`).sort(), partners: names(c.partners) };
    }
    case 'companies_nested': {
      const list: any[] = kind === 'neo4j_graphql' ? data?.companies ?? [] : (data?.companies?.edges ?? []).map((e: any) => e.node);
      return list.map((c) => {
        const moves =
          kind === 'neo4j_graphql'
            ? c.movedByConnection.edges.map((e: any) => ({ ...e.properties, cause: isPlaceholderCause(e.node) ? null : e.node }))
            : c.movedBy;
        return {
          name: c.name,
          partners: names(c.partners),
          moves: moves.map((m: any) => `${m.direction} ${m.changePct ?? ''} ${m.cause?.name ?? '-'}`).sort(),
        };
      });
    }
    case 'search': {
      const list: Named[] = kind === 'neo4j_graphql' ? (data?.entitiesByName?.edges ?? []).map((e: any) => e.node) : data?.search ?? [];
      // Lucene ties (many "X share rise" events score alike) come back in any order and cut the top 10
      // anywhere among them, so only the best hit and the number of hits must agree.
      return { top: list[0]?.name ?? null, count: list.length };
    }
    case 'path_3hop': {
      const p = data?.path;
      return p ? { length: p.length, from: p.nodes[0]?.id, to: p.nodes[p.nodes.length - 1]?.id } : null;
    }
  }
}
