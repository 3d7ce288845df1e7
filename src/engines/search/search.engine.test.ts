import { describe, expect, it } from 'vitest';
import { readKbFiles } from './kb.fixture.js';
import { answerFor, createIndex, loadArticles, search, SearchError, type Article } from './search.engine.js';
import { TRAINING_NEGATIVES, TRAINING_QUERIES } from './training-queries.fixture.js';

const articles = loadArticles(readKbFiles());
const index = createIndex(articles);

function synthetic(slug: string, over: Partial<Article>): Article {
  return {
    slug,
    title_zh: '通用标题',
    title_en: 'Generic title',
    category: 'howto',
    tags: ['通用'],
    intents: ['通用问题'],
    body_zh: '这是一段通用的正文内容，用来填充长度。'.repeat(4),
    body_en: 'This is generic body text used only to fill the length of the article.',
    ...over,
  };
}

describe('search on the real knowledge base (training table)', () => {
  it.each(TRAINING_QUERIES.map((q) => [q.query, q.slug]))('%s → %s within the top 3', (query, slug) => {
    const hits = search(index, query, { limit: 3 });
    expect(hits.map((h) => h.slug)).toContain(slug);
  });

  it('puts the expected article first for at least 90% of the training table', () => {
    const top1 = TRAINING_QUERIES.filter((q) => search(index, q.query, { limit: 1 })[0]?.slug === q.slug).length;
    expect(top1 / TRAINING_QUERIES.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('search behaviour', () => {
  it('respects limit and orders by descending score', () => {
    const hits = search(index, '催收 投诉 征信 还款', { limit: 5 });
    expect(hits).toHaveLength(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it.each([
    ['scam', '账户冻结要交解冻费'],
    ['rights', '账户冻结要交解冻费'],
    ['howto', 'collector harassment'],
  ] as const)('filters by category %s', (category, query) => {
    const hits = search(index, query, { category });
    expect(hits.length).toBeGreaterThan(0);
    const cats = new Map(articles.map((a) => [a.slug, a.category]));
    for (const h of hits) expect(cats.get(h.slug)).toBe(category);
  });

  it.each([[''], ['   '], ['？？！'], ['the of and']])('returns [] for a query without terms: %j', (q) => {
    expect(search(index, q)).toEqual([]);
    expect(answerFor(index, q)).toBeNull();
  });

  it.each([[-1], [1.5]])('rejects limit %s', (limit) => {
    expect(() => search(index, '催收', { limit })).toThrow(SearchError);
  });

  it('ranks a Traditional query exactly like its Simplified form', () => {
    const a = search(index, '催收打電話給我的家人', { limit: 5 }).map((h) => h.slug);
    const b = search(index, '催收打电话给我的家人', { limit: 5 }).map((h) => h.slug);
    expect(a).toEqual(b);
  });

  it.each([
    ['催收半夜打电话', /[\u4e00-\u9fff]/, '催收'],
    ['collector calls at night', /^[^\u4e00-\u9fff]*$/, 'collect'],
  ])('gives a snippet in the language of the query: %s', (query, shape, word) => {
    const [top] = search(index, query, { limit: 1 });
    expect(top?.snippet).toMatch(shape);
    expect(top?.snippet.toLowerCase()).toContain(word);
    expect(top?.snippet.length).toBeLessThanOrEqual(230);
  });

  it('is deterministic across index builds', () => {
    const again = createIndex(loadArticles(readKbFiles()));
    const q = '借款 会员 保险 退费';
    expect(search(again, q)).toEqual(search(index, q));
  });

  it('boosts a title match over the same word in a body', () => {
    const small = createIndex([
      synthetic('in-body', { body_zh: `${'这是一段通用的正文内容。'.repeat(4)}退订营销短信。` }),
      synthetic('in-title', { title_zh: '退订营销短信' }),
      synthetic('unrelated', {}),
    ]);
    expect(search(small, '退订营销短信').map((h) => h.slug)).toEqual(['in-title', 'in-body']);
  });

  it('scores a rare term above a term every article has', () => {
    const small = createIndex([
      synthetic('rare', { intents: ['停息挂账'] }),
      synthetic('common', { intents: ['通用问题', '通用问题'] }),
    ]);
    expect(search(small, '通用 停息挂账')[0]?.slug).toBe('rare');
  });
});

describe('answerFor', () => {
  it.each(TRAINING_NEGATIVES.map((q) => [q]))('declines off-topic text: %s', (q) => {
    expect(answerFor(index, q)).toBeNull();
  });

  it.each([
    ['我的账户被冻结了，登录不了，解锁要做哪些身份验证？', 'account-unlock'],
    ['网上贷款说我银行卡号填错了，要先交解冻费才能放款', 'scam-fake-loan'],
    ['催收每天晚上十一点还打电话，还打给我同事，我要投诉', 'collection-rights'],
    ['怎么退订你们的营销短信', 'marketing-opt-out'],
  ])('answers a clear complaint: %s', (text, slug) => {
    const a = answerFor(index, text);
    expect(a?.slug).toBe(slug);
    expect(a?.confidence).toBeGreaterThan(0);
    expect(a?.confidence).toBeLessThanOrEqual(1);
    expect(a?.snippet.length).toBeGreaterThan(0);
  });

  it('returns null when the threshold is set above any reachable confidence', () => {
    expect(answerFor(index, '怎么退订你们的营销短信', { minConfidence: 1.01 })).toBeNull();
  });

  it('gives lower confidence when two articles tie than when one clearly wins', () => {
    const twins = createIndex([synthetic('a', { intents: ['停息挂账'] }), synthetic('b', { intents: ['停息挂账'] })]);
    const solo = createIndex([synthetic('a', { intents: ['停息挂账'] }), synthetic('b', {})]);
    const tie = answerFor(twins, '停息挂账', { minConfidence: 0 });
    const win = answerFor(solo, '停息挂账', { minConfidence: 0 });
    expect(tie?.margin).toBe(0);
    expect(win?.margin).toBe(1);
    expect(tie!.confidence).toBeLessThan(win!.confidence);
  });
});
