import type { DocumentKind, EntityType as DomainEntityType } from '../extraction/types.js';
import type { ArticleKind, EntityType } from './generated/resolvers-types.js';

/** GraphQL's enum names (COMPANY) and the graph's labels (Company), mapped both ways in one table. */
const ENTITY_TYPES: Record<EntityType, DomainEntityType> = {
  COMPANY: 'Company',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  POLICY: 'Policy',
  PRODUCT: 'Product',
  LOCATION: 'Location',
  EVENT: 'Event',
  LISTING: 'Listing',
  MARKET_INDEX: 'MarketIndex',
};

const GRAPHQL_ENTITY_TYPES = Object.fromEntries(
  Object.entries(ENTITY_TYPES).map(([graphql, domain]) => [domain, graphql]),
) as Record<DomainEntityType, EntityType>;

export function toDomainEntityTypes(types: readonly EntityType[] | null | undefined): DomainEntityType[] | null {
  return types && types.length > 0 ? types.map((type) => ENTITY_TYPES[type]) : null;
}

export function toGraphQLEntityType(type: DomainEntityType): EntityType {
  return GRAPHQL_ENTITY_TYPES[type];
}

export function toGraphQLArticleKind(kind: DocumentKind): ArticleKind {
  return kind === 'headline' ? 'HEADLINE' : 'ARTICLE';
}
