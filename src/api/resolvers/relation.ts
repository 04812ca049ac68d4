import type { EntityRecord } from '../../graph/model.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { AppError } from '../../errors.js';
import { mapMaybe, type MaybePromise } from '../maybe-promise.js';
import type { MoveModel } from '../model.js';

async function entityById(id: string, { loaders }: ApiContext): Promise<EntityRecord> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw new AppError('NOT_FOUND', `Entity ${id} no longer exists.`);
  return entity;
}

const moveEvidence = (move: MoveModel, _args: unknown, { loaders }: ApiContext) => move.evidence ?? loaders.evidence.load(move.id);

/**
 * A move whose cause the news does not state points at a placeholder event of the move itself, which
 * the read of the move says or, failing that, the event's properties tell.
 */
function moveCause(move: MoveModel, _args: unknown, { loaders }: ApiContext): MaybePromise<EntityRecord | null> {
  const read = move.causeRead;
  if (read && move.causeIsPlaceholder !== null) return move.causeIsPlaceholder ? null : read;
  const known = read && (read.type !== 'Event' || read.properties !== null) ? read : undefined;
  return mapMaybe(known ?? loaders.entity.load(move.targetId), (cause) =>
    cause && !(cause.type === 'Event' && cause.properties?.kind === 'stock_move') ? cause : null,
  );
}

export const relationResolvers: Pick<Resolvers, 'Relation' | 'StockMove' | 'IndexMove' | 'Evidence' | 'Path'> = {
  Relation: {
    source: (relation, _args, context) => entityById(relation.sourceId, context),
    target: (relation, _args, context) => entityById(relation.targetId, context),
    properties: (relation) => relation.properties,
    evidence: (relation, _args, { loaders }) => relation.evidence ?? loaders.evidence.load(relation.id),
  },
  StockMove: { company: (move, _args, context) => entityById(move.sourceId, context), evidence: moveEvidence, cause: moveCause },
  IndexMove: { index: (move, _args, context) => entityById(move.sourceId, context), evidence: moveEvidence, cause: moveCause },
  Evidence: {
    article: async (evidence, _args, { loaders }) => {
      const article = await loaders.article.load(evidence.articleId);
      if (!article) throw new AppError('NOT_FOUND', `Article ${evidence.articleId} no longer exists.`);
      return article;
    },
  },
  Path: {
    length: (path) => path.relations.length,
  },
};
