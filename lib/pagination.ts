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
