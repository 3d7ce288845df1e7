import { describe, expect, it } from 'vitest';
import { loadArticles } from './article.parse.js';
import { CATEGORIES } from './article.schema.js';
import { readKbFiles } from './kb.fixture.js';
import { SearchError } from './search.errors.js';

const ZH = '这是中文正文。'.repeat(10);
const EN = 'This is the English body of the article. '.repeat(3);

function file(front: string, body = `## 中文\n\n${ZH}\n\n## English\n\n${EN}\n`, path = 'kb/x.md') {
  return { path, content: `---\n${front}\n---\n${body}` };
}

const GOOD_FRONT = [
  'slug: sample-one',
  'title_zh: 示例',
  'title_en: Sample',
  'category: howto',
  'tags: [还款, reminder]',
  'intents:',
  '  - 示例问题一',
  '  - "示例问题二"',
].join('\n');

function issuesOf(files: { path: string; content: string }[]) {
  try {
    loadArticles(files);
  } catch (e) {
    if (e instanceof SearchError) return e.issues.map((i) => `${i.file}|${i.field}`);
    throw e;
  }
  return [];
}

describe('loadArticles', () => {
  it('parses inline lists, block lists, quotes and both body sections', () => {
    const [a] = loadArticles([file(GOOD_FRONT)]);
    expect(a?.slug).toBe('sample-one');
    expect(a?.tags).toEqual(['还款', 'reminder']);
    expect(a?.intents).toEqual(['示例问题一', '示例问题二']);
    expect(a?.body_zh).toBe(ZH);
    expect(a?.body_en).toBe(EN.trim());
  });

  it('accepts CRLF line endings and a BOM', () => {
    const f = file(GOOD_FRONT);
    const [a] = loadArticles([{ path: f.path, content: `\uFEFF${f.content.replace(/\n/g, '\r\n')}` }]);
    expect(a?.intents).toHaveLength(2);
  });

  it.each([
    ['bad slug', GOOD_FRONT.replace('sample-one', 'Sample One'), undefined, 'kb/x.md|slug'],
    ['unknown category', GOOD_FRONT.replace('category: howto', 'category: news'), undefined, 'kb/x.md|category'],
    ['missing title_en', GOOD_FRONT.replace('title_en: Sample\n', ''), undefined, 'kb/x.md|title_en'],
    ['empty intents', GOOD_FRONT.replace(/intents:[\s\S]*/, 'intents: []'), undefined, 'kb/x.md|intents'],
    ['duplicate key', `${GOOD_FRONT}\ntitle_zh: 再来一次`, undefined, 'kb/x.md|title_zh'],
    ['unparseable line', `${GOOD_FRONT}\nthis is not yaml`, undefined, 'kb/x.md|front_matter'],
    ['list item without key', `  - orphan\n${GOOD_FRONT}`, undefined, 'kb/x.md|front_matter'],
    ['no English section', GOOD_FRONT, `## 中文\n\n${ZH}\n`, 'kb/x.md|body'],
    ['sections in wrong order', GOOD_FRONT, `## English\n\n${EN}\n\n## 中文\n\n${ZH}\n`, 'kb/x.md|body'],
    ['English too short', GOOD_FRONT, `## 中文\n\n${ZH}\n\n## English\n\nshort\n`, 'kb/x.md|body_en'],
  ])('rejects %s with file and field', (_name, front, body, expected) => {
    expect(issuesOf([file(front, body)])).toContain(expected);
  });

  it('rejects a file without front matter', () => {
    expect(issuesOf([{ path: 'kb/raw.md', content: '# just markdown' }])).toEqual(['kb/raw.md|front_matter']);
  });

  it('rejects duplicate slugs naming the second file, and returns nothing partial', () => {
    const files = [file(GOOD_FRONT, undefined, 'kb/a.md'), file(GOOD_FRONT, undefined, 'kb/b.md')];
    expect(issuesOf(files)).toEqual(['kb/b.md|slug']);
  });

  it('reports every bad file in one error', () => {
    const files = [file('slug: BAD', undefined, 'kb/a.md'), file(GOOD_FRONT.replace('howto', 'x'), undefined, 'kb/b.md')];
    const files2 = issuesOf(files).map((i) => i.split('|')[0]);
    expect(new Set(files2)).toEqual(new Set(['kb/a.md', 'kb/b.md']));
  });
});

const REQUIRED_SLUGS = [
  'repayment-reminders', 'check-bill', 'account-unlock', 'verify-official-contact', 'scam-fake-loan',
  'scam-fake-customer-service', 'scam-impersonating-authority', 'scam-fake-credit-repair', 'scam-brushing-rebate',
  'scam-fake-investment', 'scam-impersonating-acquaintance', 'scam-negotiate-repayment-agents', 'collection-rights',
  'complaint-channels', 'personal-info-rights', 'credit-report', 'fees-and-rates', 'add-on-products', 'early-repayment',
  'repayment-difficulty', 'card-binding-refund', 'marketing-opt-out', 'evidence-keeping', 'privacy-calls',
];

describe('the real knowledge base (kb/*.md)', () => {
  const files = readKbFiles();
  const articles = loadArticles(files);

  it('loads without issues and contains every slug other modules link to', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const s of REQUIRED_SLUGS) expect(slugs, s).toContain(s);
  });

  it.each(files.map((f) => [f.path]))('%s is named after its slug', (path) => {
    const a = articles[files.findIndex((f) => f.path === path)];
    expect(path).toBe(`kb/${a?.slug}.md`);
  });

  it.each(REQUIRED_SLUGS.map((s) => [s]))('%s has 300–700 Chinese characters and an English section', (slug) => {
    const a = articles.find((x) => x.slug === slug);
    const han = (a?.body_zh.match(/[\u4e00-\u9fff]/g) ?? []).length;
    expect(han).toBeGreaterThanOrEqual(300);
    expect(han).toBeLessThanOrEqual(700);
    expect(a?.body_en.split(/\s+/).length).toBeGreaterThan(120);
  });

  it('uses every category and only known ones', () => {
    expect(new Set(articles.map((a) => a.category))).toEqual(new Set(CATEGORIES));
  });

  it('gives scam articles the scam category', () => {
    for (const a of articles) expect(a.slug.startsWith('scam-'), a.slug).toBe(a.category === 'scam');
  });
});
