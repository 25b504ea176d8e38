/**
 * `output: 'export'` refuses a dynamic route whose generateStaticParams returns nothing (a site
 * without tags, authors or posts yet). For that case a static export builds the route once for
 * this placeholder value, which no real tag, author or path can take; the page then finds nothing
 * and renders the 404 page, and tools/static-export/build.ts removes what was written for it.
 */
export const EMPTY_PARAM = '__recap_empty__'

/** `params`, or one placeholder entry when there are none and this build is a static export. */
export function exportableParams<T>(params: T[], placeholder: T): T[] {
  return params.length === 0 && process.env.RECAP_STATIC_EXPORT === '1' ? [placeholder] : params
}
