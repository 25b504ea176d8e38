/**
 * One value per process, shared by every copy of a module. Next bundles a module once for the
 * pages and once more for route handlers (feeds, sitemap, share images), and a build worker
 * runs both: a plain module-level cache would load and compile the site twice per worker.
 */
export function processMemo<T>(name: string, create: () => T): T {
  const key = Symbol.for(`recap:${name}`)
  const store = globalThis as unknown as Record<symbol, T | undefined>
  return (store[key] ??= create())
}
