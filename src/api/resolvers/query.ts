import type { QueryResolvers } from '../generated/resolvers-types.js';
import { AppError } from '../../errors.js';
import { MAX_PATH_HOPS } from '../../graph/path-store.js';
import { pageWindow, selectsTotalCount } from '../pagination.js';
import { toDomainEntityTypes } from '../enum-mapping.js';
import { neighbourPrefetch } from '../look-ahead.js';
import { NEIGHBOUR_FIELDS } from '../neighbour-fields.js';
import { toStockMove } from '../model.js';

function requireText(value: string, name: string, max = 200): string {
  const text = value.trim();
  if (text.length === 0) throw new AppError('BAD_USER_INPUT', `${name} must not be empty.`);
  if (text.length > max) throw new AppError('BAD_USER_INPUT', `${name} is longer than ${max} characters.`);
  return text;
}

export const Query: QueryResolvers = {
  company: async (_parent, { name, ticker }, { stores, loaders }, info) => {
    if (!name && !ticker) throw new AppError('BAD_USER_INPUT', 'Give a name or a ticker.');
    const prefetch = neighbourPrefetch(info, loaders, ['Company']);
    if (ticker) return stores.entities.findCompanyByTicker(requireText(ticker, 'ticker', 32), prefetch);
    return stores.entities.findCompanyByName(requireText(name ?? '', 'name'), prefetch);
  },
  entity: (_parent, { id }, { loaders }) => loaders.entity.load(id),
  search: (_parent, { text, types, first }, { stores, limits, loaders }, info) => {
    const { limit } = pageWindow(first, null, limits.maxPageSize);
    const prefetch = neighbourPrefetch(info, loaders, Object.keys(NEIGHBOUR_FIELDS));
    return stores.entities.search(requireText(text, 'text'), toDomainEntityTypes(types), limit, prefetch);
  },
  companies: (_parent, { filter, first, after }, { stores, limits, loaders }, info) => {
    const { offset, limit } = pageWindow(first, after, limits.maxPageSize);
    const prefetch = neighbourPrefetch(info, loaders, ['Company'], ['edges', 'node']);
    return stores.entities.companies(filter ?? {}, offset, limit, selectsTotalCount(info), prefetch);
  },
  articles: (_parent, { first, after }, { stores, limits }, info) => {
    const { offset, limit } = pageWindow(first, after, limits.maxPageSize);
    return stores.articles.page(offset, limit, selectsTotalCount(info));
  },
  article: (_parent, { id }, { loaders }) => loaders.article.load(id),
  stats: (_parent, _args, { stores }) => stores.articles.stats(),
  stockMoves: async (_parent, { companyId, direction, since, until, first, after }, { stores, limits }, info) => {
    const { offset, limit } = pageWindow(first, after, limits.maxPageSize);
    const page = await stores.stockMoves.page(
      { companyId: companyId ?? null, direction: direction ?? null, since: since ? new Date(since).toISOString() : null, until: until ? new Date(until).toISOString() : null },
      offset,
      limit,
      selectsTotalCount(info),
    );
    return { ...page, items: page.items.map((relation) => toStockMove(relation)) };
  },
  path: (_parent, { fromId, toId, maxHops }, { stores }) => {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw new AppError('BAD_USER_INPUT', `maxHops must be between 1 and ${MAX_PATH_HOPS}.`);
    }
    return stores.paths.shortest(fromId, toId, maxHops);
  },
};
