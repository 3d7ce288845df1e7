/**
 * The urgent-case notification (tier 3: suspected fraud, threats, self-harm, referrals). It always
 * logs a warning for the on-call supervisor and, when URGENT_WEBHOOK_URL is set, posts the
 * complaint id, number and reasons (masked text only) to it. A failing webhook never fails intake:
 * the complaint is already stored in the urgent queue.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { UrgentHookPort } from '../complaints/ports.js';

export function createUrgentHook(log: FastifyBaseLogger, webhookUrl: string | null): UrgentHookPort {
  return {
    async urgentComplaint(c) {
      log.warn({ complaint: c.number, tier: c.tier, reasons: c.reasons }, 'urgent complaint');
      if (!webhookUrl) return;
      try {
        const r = await fetch(webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ event: 'complaint.urgent', complaintId: c.id, number: c.number, tier: c.tier, reasons: c.reasons }),
          signal: AbortSignal.timeout(3000),
        });
        if (!r.ok) log.error({ complaint: c.number, status: r.status }, 'urgent webhook refused');
      } catch (err) {
        log.error({ complaint: c.number, errType: (err as Error).name }, 'urgent webhook failed');
      }
    },
  };
}
