import { createHash } from 'node:crypto';
import { articleDocument, extractDocuments } from '../extraction/index.js';
import type { PreparedArticle } from '../graph/article-writer.js';
import { AppError, isAppError } from '../errors.js';
import { articleInputSchema, type ArticleInput } from './article-input.js';

export function contentHash(title: string | null, text: string): string {
  return createHash('sha256').update(title ?? '').update('\u0000').update(text).digest('hex');
}

/**
 * Validates one article and runs extraction on it. Title and body are one document, so evidence
 * offsets point into the stored text. Throws a BAD_USER_INPUT AppError saying what is wrong.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_USER_INPUT', `${issue?.path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}`);
  }
  const article = parsed.data;
  const title = article.title?.trim() || null;
  const document =
    article.kind === 'headline'
      ? { ...articleDocument('', article.text), kind: 'headline' as const }
      : articleDocument(title ?? '', article.text);
  if (document.text.trim().length === 0) throw new AppError('BAD_USER_INPUT', 'The article has no text.');
  const id = article.id ?? document.id;
  const extraction = extractDocuments([{ id, kind: document.kind, text: document.text }]);
  return {
    id,
    title: title ?? (document.kind === 'headline' ? document.text : null),
    kind: document.kind,
    source: article.source ?? null,
    url: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    contentHash: contentHash(title, document.text),
    text: document.text,
    extraction: { entities: extraction.entities, relations: extraction.relations },
  };
}

export type PreparedOrFailed = { prepared: PreparedArticle } | { failed: string };

/** Why something failed, as one line: the code and message of our errors, the message of others. */
export function failureReason(error: unknown): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Each input prepared, or the reason it could not be; one bad article never stops the others. */
export function prepareArticles(inputs: readonly ArticleInput[]): PreparedOrFailed[] {
  return inputs.map((input) => {
    try {
      return { prepared: prepareArticle(input) };
    } catch (error) {
      return { failed: failureReason(error) };
    }
  });
}
