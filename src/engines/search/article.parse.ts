/**
 * Parses `kb/*.md` files: a YAML-ish front matter block (`key: value`, `key: [a, b]`, or a key
 * followed by `  - item` lines) and a body with a `## 中文` and a `## English` section.
 * A full YAML parser is not installed and the format is ours, so this small parser accepts
 * exactly that subset and rejects anything else with the file and field named.
 */
import { articleSchema, type Article, type ArticleFile } from './article.schema.js';
import { SearchError, type ArticleIssue } from './search.errors.js';

const ZH_HEADING = /^##\s*中文\s*$/m;
const EN_HEADING = /^##\s*English\s*$/m;

type FrontValue = string | string[];

function unquote(s: string): string {
  const t = s.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function parseFrontMatter(block: string, file: string, issues: ArticleIssue[]): Map<string, FrontValue> {
  const out = new Map<string, FrontValue>();
  let listKey: string | undefined;
  for (const raw of block.split('\n')) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(raw);
    if (item) {
      const list = listKey === undefined ? undefined : out.get(listKey);
      if (listKey === undefined || !Array.isArray(list)) {
        issues.push({ file, field: 'front_matter', message: `list item without a key: "${raw.trim()}"` });
        continue;
      }
      list.push(unquote(item[1] as string));
      continue;
    }
    const kv = /^([a-z_]+):\s*(.*)$/.exec(raw);
    if (!kv) {
      issues.push({ file, field: 'front_matter', message: `cannot parse line: "${raw.trim()}"` });
      continue;
    }
    const key = kv[1] as string;
    const value = (kv[2] as string).trim();
    if (out.has(key)) issues.push({ file, field: key, message: 'duplicate key' });
    if (value === '') {
      out.set(key, []);
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      out.set(key, value.slice(1, -1).split(',').map(unquote).filter((v) => v !== ''));
      listKey = undefined;
    } else {
      out.set(key, unquote(value));
      listKey = undefined;
    }
  }
  return out;
}

function splitBody(body: string): { body_zh: string; body_en: string } | undefined {
  const zh = ZH_HEADING.exec(body);
  const en = EN_HEADING.exec(body);
  if (!zh || !en || en.index < zh.index) return undefined;
  return {
    body_zh: body.slice(zh.index + zh[0].length, en.index).trim(),
    body_en: body.slice(en.index + en[0].length).trim(),
  };
}

function parseOne(file: ArticleFile, issues: ArticleIssue[]): Article | undefined {
  const text = file.content.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) {
    issues.push({ file: file.path, field: 'front_matter', message: 'missing --- front matter block' });
    return undefined;
  }
  const before = issues.length;
  const front = parseFrontMatter(m[1] as string, file.path, issues);
  const sections = splitBody(m[2] as string);
  if (!sections) {
    issues.push({ file: file.path, field: 'body', message: 'needs a "## 中文" section followed by "## English"' });
  }
  const candidate = { ...Object.fromEntries(front), ...(sections ?? {}) };
  const result = articleSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'front_matter';
      // Missing sections were already reported once as `body`; do not repeat them per language.
      if (!sections && field.startsWith('body_')) continue;
      issues.push({ file: file.path, field, message: issue.message });
    }
    return undefined;
  }
  return issues.length === before ? result.data : undefined;
}

/**
 * Parses and validates every file. Throws one SearchError listing EVERY problem (file + field),
 * so an author fixes a batch in one pass; duplicate slugs are reported with both files.
 */
export function loadArticles(files: readonly ArticleFile[]): Article[] {
  const issues: ArticleIssue[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const article = parseOne(file, issues);
    if (!article) continue;
    const first = seen.get(article.slug);
    if (first !== undefined) {
      issues.push({ file: file.path, field: 'slug', message: `duplicate slug "${article.slug}" (also in ${first})` });
      continue;
    }
    seen.set(article.slug, file.path);
    articles.push(article);
  }
  if (issues.length > 0) throw new SearchError('INVALID_ARTICLE', issues);
  return articles;
}
