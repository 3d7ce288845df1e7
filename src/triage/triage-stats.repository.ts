/** SQL for triage statistics: how many tier-1 answers were automatic, accepted, or rejected. */
import { sql } from 'kysely';
import type { DbExecutor } from '../db/executor.js';

export interface TriageStats {
  total: number;
  byTier: Record<string, number>;
  autoAnswered: number;
  autoAccepted: number;
  autoRejected: number;
}

export class TriageStatsRepository {
  constructor(private readonly db: DbExecutor) {}

  async stats(since: Date): Promise<TriageStats> {
    const tiers = await this.db
      .selectFrom('complaints')
      .select(['tier', ({ fn }) => fn.countAll<number>().as('n')])
      .where('received_at', '>=', since)
      .groupBy('tier')
      .execute();
    const auto = await this.db
      .selectFrom('complaint_events as e')
      .innerJoin('complaints as c', 'c.id', 'e.complaint_id')
      .select([
        sql<number>`count(*) filter (where e.type = 'status_changed' and e.data->>'action' = 'auto_respond')`.as('answered'),
        sql<number>`count(*) filter (where e.type = 'auto_answer_rejected')`.as('rejected'),
        sql<number>`count(*) filter (where e.type = 'satisfaction_recorded' and (e.data->>'acceptsDecision')::boolean and c.decision_checked like 'knowledge base:%')`.as('accepted'),
      ])
      .where('c.received_at', '>=', since)
      .executeTakeFirst();
    const byTier: Record<string, number> = {};
    let total = 0;
    for (const t of tiers) {
      byTier[t.tier === null ? 'unclassified' : String(t.tier)] = Number(t.n);
      total += Number(t.n);
    }
    return { total, byTier, autoAnswered: Number(auto?.answered ?? 0), autoAccepted: Number(auto?.accepted ?? 0), autoRejected: Number(auto?.rejected ?? 0) };
  }
}
