import type { Resolvers } from '../generated/resolvers-types.js';
import { connectionResolvers } from '../pagination.js';
import { Article } from './article.js';
import { entityResolvers } from './entity.js';
import { Query } from './query.js';
import { Mutation } from './mutation.js';
import { Subscription } from './subscription.js';
import { relationResolvers } from './relation.js';
import { scalars } from './scalars.js';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subscription,
  Article,
  ...entityResolvers,
  ...relationResolvers,
  RelationConnection: connectionResolvers,
  ArticleConnection: connectionResolvers,
  CompanyConnection: connectionResolvers,
  StockMoveConnection: connectionResolvers,
};
