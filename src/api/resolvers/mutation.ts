import type { ArticleInput as GraphQLArticleInput, MutationResolvers } from '../generated/resolvers-types.js';
import type { ApiContext } from '../context.js';
import type { IngestResultModel } from '../model.js';
import type { ArticleInput } from '../../ingest/article-input.js';
import type { EntityRecord, RelationRecord } from '../../graph/model.js';
import { ingestArticleInputs, type IngestedArticle } from '../../ingest/ingest-articles.js';
import { deleteArticle } from '../../graph/article-retraction.js';
import { mergeEntities } from '../../graph/entity-merge.js';
import { AppError } from '../../errors.js';

function toArticleInput(input: GraphQLArticleInput): ArticleInput {
  return {
    id: input.id ?? undefined,
    title: input.title,
    text: input.text,
    source: input.source,
    url: input.url,
    publishedAt: input.publishedAt ? new Date(input.publishedAt).toISOString() : null,
  };
}

function present<T>(values: ReadonlyArray<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/** Loads what was written, tells subscribers, and shapes the mutation's answer. */
async function results(ingested: IngestedArticle[], { loaders, events }: ApiContext): Promise<IngestResultModel[]> {
  return Promise.all(
    ingested.map(async ({ written }) => {
      const [article, entities, relations] = await Promise.all([
        loaders.article.load(written.id),
        loaders.entity.loadMany(written.entityIds).then((found) => present<EntityRecord>(found)),
        loaders.relation.loadMany(written.relationKeys).then((found) => present<RelationRecord>(found)),
      ]);
      if (!written.unchanged && article) {
        events.publish('articleIngested', article);
        for (const relation of relations) events.publish('relationAdded', relation);
      }
      return { article, unchanged: written.unchanged, documents: 1, entities, relations };
    }),
  );
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input }, context) => {
    const ingested = await ingestArticleInputs(context.stores.db, [toArticleInput(input)]);
    const [result] = await results(ingested, context);
    if (!result) throw new AppError('INTERNAL', 'Ingestion returned no result.');
    return result;
  },
  ingestArticles: async (_parent, { inputs }, context) => {
    if (inputs.length > context.limits.maxBatchArticles) {
      throw new AppError('BAD_USER_INPUT', `At most ${context.limits.maxBatchArticles} articles per call; got ${inputs.length}.`);
    }
    return results(await ingestArticleInputs(context.stores.db, inputs.map(toArticleInput)), context);
  },
  deleteArticle: async (_parent, { id }, { stores }) => {
    const summary = await deleteArticle(stores.db, id);
    return { id, deleted: summary.articles > 0, relationsRemoved: summary.relationsRemoved, entitiesRemoved: summary.entitiesRemoved };
  },
  mergeEntities: async (_parent, { keepId, mergeId }, { stores }) => {
    await mergeEntities(stores.db, keepId, mergeId);
    const [kept] = [...(await stores.entities.getByIds([keepId])).values()];
    if (!kept) throw new AppError('NOT_FOUND', `Entity ${keepId} vanished during the merge.`);
    return kept;
  },
};
