/** Triage statistics: auto-resolution and reopen rates, tier mix. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TriageStatsRepository } from './triage-stats.repository.js';

export const triageRoutes: FastifyPluginAsyncZod<{ stats: TriageStatsRepository; clock: () => Date }> = async (app, { stats, clock }) => {
  app.get(
    '/api/stats/triage',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags: ['statistics'],
        summary: 'Tier mix and the automatic-answer funnel (answered → accepted / rejected) over the last N days',
        querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(3660).default(30) }),
        response: {
          200: z.object({
            total: z.number(),
            byTier: z.record(z.string(), z.number()),
            autoAnswered: z.number(),
            autoAccepted: z.number(),
            autoRejected: z.number(),
            autoResolutionRate: z.number().nullable(),
            reopenRate: z.number().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const s = await stats.stats(new Date(clock().getTime() - req.query.days * 86_400_000));
      return {
        ...s,
        // Resolved = answered and not handed back to a person; "accepted" counts explicit acceptances.
        autoResolutionRate: s.autoAnswered ? (s.autoAnswered - s.autoRejected) / s.autoAnswered : null,
        reopenRate: s.autoAnswered ? s.autoRejected / s.autoAnswered : null,
      };
    },
  );
};
