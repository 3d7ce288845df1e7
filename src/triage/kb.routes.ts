/** Public knowledge-base search and articles, for consumers and agents alike. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATEGORIES } from '../engines/search/search.engine.js';
import { triageError } from './triage.errors.js';
import type { KnowledgeBase } from './knowledge-base.js';

const TAG = ['knowledge base'];
const hit = z.object({ slug: z.string(), score: z.number(), title_zh: z.string(), title_en: z.string(), snippet: z.string() });
const article = z.object({
  slug: z.string(),
  title_zh: z.string(),
  title_en: z.string(),
  category: z.enum(CATEGORIES),
  tags: z.array(z.string()),
  body_zh: z.string(),
  body_en: z.string(),
});

export const kbRoutes: FastifyPluginAsyncZod<{ kb: KnowledgeBase }> = async (app, { kb }) => {
  app.get(
    '/api/kb/search',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Search the knowledge base (Simplified, Traditional or English)',
        querystring: z.strictObject({ q: z.string().trim().min(1, 'required').max(500, 'too_long'), category: z.enum(CATEGORIES).optional(), limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: { 200: z.object({ items: z.array(hit) }) },
      },
    },
    async (req) => ({ items: kb.search(req.query.q, { limit: req.query.limit, ...(req.query.category ? { category: req.query.category } : {}) }) }),
  );

  app.get(
    '/api/kb/articles',
    { config: { access: 'public' }, schema: { tags: TAG, summary: 'All articles (titles)', response: { 200: z.object({ items: z.array(article.pick({ slug: true, title_zh: true, title_en: true, category: true })) }) } } },
    async () => ({ items: [...kb.articles.values()].map((a) => ({ slug: a.slug, title_zh: a.title_zh, title_en: a.title_en, category: a.category })) }),
  );

  app.get(
    '/api/kb/articles/:slug',
    {
      config: { access: 'public' },
      schema: { tags: TAG, summary: 'One article', params: z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'invalid') }), response: { 200: article } },
    },
    async (req) => {
      const a = kb.articles.get(req.params.slug);
      if (!a) throw triageError('ARTICLE_NOT_FOUND', { slug: req.params.slug });
      return { slug: a.slug, title_zh: a.title_zh, title_en: a.title_en, category: a.category, tags: a.tags, body_zh: a.body_zh, body_en: a.body_en };
    },
  );
};
