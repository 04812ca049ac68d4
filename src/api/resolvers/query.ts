import type { QueryResolvers } from '../generated/resolvers-types.js';
import { AppError } from '../../errors.js';
import { pageWindow } from '../pagination.js';
import { toDomainEntityTypes } from '../enum-mapping.js';

function requireText(value: string, name: string, max = 200): string {
  const text = value.trim();
  if (text.length === 0) throw new AppError('BAD_USER_INPUT', `${name} must not be empty.`);
  if (text.length > max) throw new AppError('BAD_USER_INPUT', `${name} is longer than ${max} characters.`);
  return text;
}

export const Query: QueryResolvers = {
  company: async (_parent, { name, ticker }, { stores }) => {
    if (!name && !ticker) throw new AppError('BAD_USER_INPUT', 'Give a name or a ticker.');
    if (ticker) return stores.entities.findCompanyByTicker(requireText(ticker, 'ticker', 32));
    return stores.entities.findCompanyByName(requireText(name ?? '', 'name'));
  },
  entity: (_parent, { id }, { loaders }) => loaders.entity.load(id),
  search: (_parent, { text, types, first }, { stores, limits }) => {
    const { limit } = pageWindow(first, null, limits.maxPageSize);
    return stores.entities.search(requireText(text, 'text'), toDomainEntityTypes(types), limit);
  },
  companies: (_parent, { filter, first, after }, { stores, limits }) => {
    const { offset, limit } = pageWindow(first, after, limits.maxPageSize);
    return stores.entities.companies(filter ?? {}, offset, limit);
  },
  articles: (_parent, { first, after }, { stores, limits }) => {
    const { offset, limit } = pageWindow(first, after, limits.maxPageSize);
    return stores.articles.page(offset, limit);
  },
  article: (_parent, { id }, { loaders }) => loaders.article.load(id),
  stats: (_parent, _args, { stores }) => stores.articles.stats(),
};
