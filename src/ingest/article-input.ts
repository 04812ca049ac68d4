import { z } from 'zod';

/** One article as it arrives from a file, a feed or the API, before extraction. */
export const articleInputSchema = z.object({
  id: z.string().trim().min(1).max(200).optional(),
  title: z.string().max(2_000).nullish(),
  text: z.string().max(5_000_000),
  source: z.string().max(500).nullish(),
  url: z.string().max(2_000).nullish(),
  publishedAt: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'not a date')
    .transform((value) => new Date(value).toISOString())
    .nullish(),
  kind: z.enum(['article', 'headline']).default('article'),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ValidArticleInput = z.output<typeof articleInputSchema>;

/** An input that could not be used: which one and why, for the summary. */
export interface RejectedInput {
  where: string;
  reason: string;
}
