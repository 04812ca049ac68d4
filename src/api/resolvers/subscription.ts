import type { SubscriptionResolvers } from '../generated/resolvers-types.js';
import type { ArticleRecord, RelationRecord } from '../../graph/model.js';
import { requireReader } from '../auth.js';

async function* only<T>(source: AsyncIterable<T>, keep: (value: T) => boolean): AsyncGenerator<T> {
  for await (const value of source) if (keep(value)) yield value;
}

export const Subscription: SubscriptionResolvers = {
  relationAdded: {
    subscribe: (_parent, { types }, { events, role, auth }) => {
      requireReader(role, auth);
      const wanted = types && types.length > 0 ? new Set<string>(types) : null;
      return only(events.subscribe('relationAdded'), (relation: RelationRecord) => !wanted || wanted.has(relation.type));
    },
    resolve: (relation: RelationRecord) => relation,
  },
  articleIngested: {
    subscribe: (_parent, _args, { events, role, auth }) => {
      requireReader(role, auth);
      return events.subscribe('articleIngested');
    },
    resolve: (article: ArticleRecord) => article,
  },
};
