/**
 * Error catalogue of the knowledge-base search engine. Codes are stable so the triage service
 * and the HTTP error handler can map them; the engine never speaks HTTP.
 */
export type SearchErrorCode = 'INVALID_ARTICLE' | 'DUPLICATE_SLUG' | 'INVALID_ARGUMENT';

/** One problem in one article file, precise enough for an author to fix it. */
export interface ArticleIssue {
  file: string;
  /** Front-matter key, `body`, `front_matter` or `slug`. */
  field: string;
  message: string;
}

export class SearchError extends Error {
  override readonly name = 'SearchError';
  constructor(
    readonly code: SearchErrorCode,
    readonly issues: readonly ArticleIssue[],
  ) {
    super(`${code}: ${issues.map((i) => `${i.file} [${i.field}] ${i.message}`).join('; ')}`);
  }
}
