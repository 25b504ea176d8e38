/** One page of a list. */
export type Page<T> = { items: T[]; page: number; pageCount: number }

/** Page `page` (1-based) of `items`, `perPage` a page; undefined past the last page. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage))
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount }
}

/** The page numbers after the first, as route params: [{ page: '2' }, …]. */
export function laterPageParams(itemCount: number, perPage: number): { page: string }[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / perPage))
  return Array.from({ length: pageCount - 1 }, (_, i) => ({ page: String(i + 2) }))
}

/**
 * The params of a list's /page/<n>/ route: '1' (a page that redirects to the list itself, as Hugo
 * writes one) and every later page. Never empty, so a static export of a short list still builds.
 */
export function pageRouteParams(itemCount: number, perPage: number): { page: string }[] {
  return [{ page: '1' }, ...laterPageParams(itemCount, perPage)]
}
