import type { ArticleResolvers } from '../generated/resolvers-types.js';
import { toDomainEntityTypes, toGraphQLArticleKind } from '../enum-mapping.js';

export const Article: ArticleResolvers = {
  kind: (article) => toGraphQLArticleKind(article.kind),
  entities: async (article, { types }, { loaders }) => {
    const wanted = toDomainEntityTypes(types);
    const entities = await loaders.entitiesOfArticle.load(article.id);
    return wanted ? entities.filter((entity) => wanted.includes(entity.type)) : entities;
  },
};
