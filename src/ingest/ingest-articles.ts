import type { GraphDatabase } from '../graph/database.js';
import { writeArticleBatch, type PreparedArticle, type WrittenArticle } from '../graph/article-writer.js';
import { AppError, isAppError } from '../errors.js';
import type { ArticleInput } from './article-input.js';
import { prepareArticle } from './prepare-article.js';

export interface IngestedArticle {
  prepared: PreparedArticle;
  written: WrittenArticle;
}

/**
 * The API's ingestion: every article is validated and extracted first (any bad one is refused with its
 * position, and nothing is written), then all of them commit in one transaction.
 */
export async function ingestArticleInputs(db: GraphDatabase, inputs: readonly ArticleInput[]): Promise<IngestedArticle[]> {
  const prepared = inputs.map((input, i) => {
    try {
      return prepareArticle(input);
    } catch (error) {
      const where = inputs.length > 1 ? `inputs[${i}]: ` : '';
      if (isAppError(error)) throw new AppError(error.code, `${where}${error.message}`);
      throw error;
    }
  });
  const written = await writeArticleBatch(db, prepared);
  return prepared.map((article, i) => ({ prepared: article, written: written[i] ?? { id: article.id, unchanged: true, entityIds: [], relationKeys: [] } }));
}
