/**
 * Quality bar on the HELD-OUT list (never tuned on). The bars sit below the measured figures
 * (see the report / BENCHMARKS) so normal article edits do not flap, but a real regression fails.
 */
import { describe, expect, it } from 'vitest';
import { HELDOUT_NEGATIVES, HELDOUT_QUERIES } from './heldout-queries.fixture.js';
import { readKbFiles } from './kb.fixture.js';
import { answerFor, createIndex, loadArticles, search } from './search.engine.js';

const index = createIndex(loadArticles(readKbFiles()));

describe('held-out accuracy', () => {
  const ranked = HELDOUT_QUERIES.map((q) => ({ q, slugs: search(index, q.query, { limit: 3 }).map((h) => h.slug) }));

  it('covers every article and has enough queries to mean something', () => {
    expect(HELDOUT_QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HELDOUT_QUERIES.map((q) => q.slug)).size).toBe(24);
  });

  it('top-1 ≥ 85% and top-3 ≥ 92%', () => {
    const top1 = ranked.filter((r) => r.slugs[0] === r.q.slug).length / ranked.length;
    const top3 = ranked.filter((r) => r.slugs.includes(r.q.slug)).length / ranked.length;
    expect(top1).toBeGreaterThanOrEqual(0.85);
    expect(top3).toBeGreaterThanOrEqual(0.92);
  });

  it('auto-answers are right at least 90% of the time and cover at least 70% of queries', () => {
    const answers = HELDOUT_QUERIES.map((q) => ({ q, a: answerFor(index, q.query) }));
    const given = answers.filter((x) => x.a !== null);
    const right = given.filter((x) => x.a?.slug === x.q.slug).length;
    expect(right / given.length).toBeGreaterThanOrEqual(0.9);
    expect(given.length / answers.length).toBeGreaterThanOrEqual(0.7);
  });

  it.each(HELDOUT_NEGATIVES.map((q) => [q]))('declines off-topic: %s', (q) => {
    expect(answerFor(index, q)).toBeNull();
  });
});
