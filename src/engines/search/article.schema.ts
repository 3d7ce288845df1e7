/**
 * The shape of one knowledge-base article after parsing. zod is the single source of truth:
 * the TypeScript type is inferred from it, so a field added here is validated everywhere.
 */
import { z } from 'zod';

export const CATEGORIES = ['howto', 'scam', 'rights', 'policy'] as const;
export type Category = (typeof CATEGORIES)[number];

const nonEmpty = z.string().trim().min(1);

export const articleSchema = z.object({
  // Other modules link to slugs (verdict pages, auto-replies): keep them URL-safe and stable.
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII'),
  title_zh: nonEmpty,
  title_en: nonEmpty,
  category: z.enum(CATEGORIES),
  tags: z.array(nonEmpty).min(1),
  intents: z.array(nonEmpty).min(1),
  body_zh: z.string().trim().min(50, 'Chinese section is missing or too short'),
  body_en: z.string().trim().min(50, 'English section is missing or too short'),
});

export type Article = z.infer<typeof articleSchema>;

/** What the caller hands in: the engine does no I/O. */
export interface ArticleFile {
  path: string;
  content: string;
}
