import { watch, type FSWatcher } from 'node:fs'
import { relative } from 'node:path'

/**
 * Tells listeners when anything under the content folder changes: a post, authors.yml, a tweet in
 * the cache. Used by `next dev` only (the live reload event stream): Next does not watch content/,
 * since no module imports it. One watcher per process, shared by every open page.
 */

type Listener = (file: string) => void
type Watcher = { dir: string; listeners: Set<Listener>; watcher?: FSWatcher; timer?: NodeJS.Timeout; changed: Set<string> }

// On globalThis, so a hot-reloaded module does not start a second watcher.
const KEY = Symbol.for('recap.contentWatcher')
const registry = globalThis as typeof globalThis & { [KEY]?: Watcher }

// Editors save in bursts (write, rename, chmod): one refresh per burst.
const SETTLE_MS = 60

/** Calls `listener` with a changed file's path (relative to `dir`) after each burst of changes. Returns an unsubscribe function. */
export function watchContent(dir: string, listener: Listener): () => void {
  let state = registry[KEY]
  if (!state || state.dir !== dir) {
    state?.watcher?.close()
    state = { dir, listeners: new Set(), changed: new Set() }
    registry[KEY] = state
  }
  const current = state
  current.listeners.add(listener)
  if (!current.watcher) {
    current.watcher = watch(dir, { recursive: true }, (_event, name) => {
      current.changed.add(name ? relative(dir, `${dir}/${name}`) : '')
      clearTimeout(current.timer)
      current.timer = setTimeout(() => {
        const files = [...current.changed]
        current.changed.clear()
        for (const notify of current.listeners) for (const file of files) notify(file)
      }, SETTLE_MS)
    })
    current.watcher.on('error', () => {
      current.watcher?.close()
      current.watcher = undefined
    })
  }
  return () => {
    current.listeners.delete(listener)
    if (current.listeners.size === 0) {
      current.watcher?.close()
      current.watcher = undefined
    }
  }
}
