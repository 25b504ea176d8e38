'use client'

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react'

/** The part of Pagefind's browser API (pagefind.js) this page uses. */
type Pagefind = {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: { id: string; data: () => Promise<ResultData> }[] }>
}
type ResultData = { url: string; excerpt: string; meta: { title?: string; date?: string; status?: string } }
type Result = ResultData & { id: string }

type Props = {
  /** Where this build's index lives (lib/routes.ts searchIndexPath). */
  indexPath: string
  tags: string[]
  events: string[]
  labels: { search: string }
  /** Where to browse instead, shown until the search runs (and for good without JavaScript). */
  fallback: ReactNode
}

const PAGE = 10

type Query = { query: string; tag: string; event: string }

/** What the form or the address asks for. */
function queryOf(fields: { get: (name: string) => FormDataEntryValue | null }): Query {
  const value = (name: string) => String(fields.get(name) ?? '')
  return { query: value('q'), tag: value('tag'), event: value('event') }
}

// The address changes only through this page's form, which searches itself.
const subscribeToNothing = () => () => undefined

let loading: Promise<Pagefind> | undefined
/** pagefind.js from this site, loaded once, on this page only (it is written after the build, so it is no module of the bundle). */
function loadPagefind(indexPath: string): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${indexPath}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: '/', excerptLength: 30 })
    return module
  })
  return loading
}

/**
 * Pagefind's excerpt as text with the matches marked. It is the page's text with `<` and `>`
 * escaped and <mark> around matches: read as such, never as HTML.
 */
function excerptNodes(excerpt: string): ReactNode[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part, i) => {
    const text = part.replace(/^<mark>|<\/mark>$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    return part.startsWith('<mark>') ? <mark key={i}>{text}</mark> : text
  })
}

function formatDate(day: string | undefined): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`))
}

/**
 * Search over the site's posts with Pagefind, in the browser. The form is a plain GET form of
 * /search/ (q, tag, event), so the address always says what was searched; with JavaScript, the
 * results come without leaving the page and the address follows.
 */
export function Search({ indexPath, tags, events, labels, fallback }: Props) {
  // The address's query (`?q=…&tag=…`): what the form starts with and what is searched first.
  const address = useSyncExternalStore(subscribeToNothing, () => location.search, () => '')
  // False in the server's HTML, true once this code runs in a browser.
  const isRunning = useSyncExternalStore(subscribeToNothing, () => true, () => false)
  const [results, setResults] = useState<Result[] | null>(null)
  const [shown, setShown] = useState(PAGE)
  const [status, setStatus] = useState('')
  const run = useRef(0)
  // The address the form itself wrote: already searched.
  const submitted = useRef('')

  async function search(next: Query) {
    const id = ++run.current
    const filters = { ...(next.tag ? { tag: next.tag } : {}), ...(next.event ? { event: next.event } : {}) }
    if (!next.query.trim() && Object.keys(filters).length === 0) {
      setResults(null)
      setStatus('')
      return
    }
    setStatus('Searching…')
    try {
      const pagefind = await loadPagefind(indexPath)
      // null: every page that matches the filters (Pagefind finds nothing for an empty string).
      const found = await pagefind.search(next.query.trim() || null, { filters })
      const data = await Promise.all(found.results.map(async (result) => ({ id: result.id, ...(await result.data()) })))
      if (id !== run.current) return
      setResults(data)
      setShown(PAGE)
      setStatus(`${data.length === 0 ? 'No' : data.length} result${data.length === 1 ? '' : 's'}${next.query.trim() ? ` for “${next.query.trim()}”` : ''}`)
    } catch {
      if (id === run.current) setStatus('Search is not available: the search index was not found. It is written by `npm run build`.')
    }
  }

  const initial = queryOf(new URLSearchParams(address))
  useEffect(() => {
    if (address && address !== submitted.current) void search(queryOf(new URLSearchParams(address)))
    // Once per address: later searches come from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address])

  function onSubmit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault()
    const next = queryOf(new FormData(formEvent.currentTarget))
    const params = new URLSearchParams()
    if (next.query.trim()) params.set('q', next.query.trim())
    if (next.tag) params.set('tag', next.tag)
    if (next.event) params.set('event', next.event)
    submitted.current = params.size ? `?${params}` : ''
    history.replaceState(null, '', `${location.pathname}${submitted.current}`)
    void search(next)
  }

  return (
    <div data-component="search" className="search">
      {/* Mounted again once in the browser, to start from the address's query (the server knows none). */}
      <form key={isRunning ? 'browser' : 'server'} className="search__form" role="search" aria-label="Posts" action="" method="get" onSubmit={onSubmit}>
        <label className="search__query">
          {labels.search}
          <input type="search" name="q" defaultValue={initial.query} />
        </label>
        {tags.length > 0 && (
          <label>
            Tag
            <select name="tag" defaultValue={initial.tag}>
              <option value="">Any tag</option>
              {tags.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
        )}
        {events.length > 0 && (
          <label>
            Event
            <select name="event" defaultValue={initial.event}>
              <option value="">Any event</option>
              {events.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">{labels.search}</button>
      </form>
      <p className="search__status" role="status">
        {status}
      </p>
      {!isRunning && <p className="search__status">{fallback}</p>}
      {results && results.length > 0 && (
        <ol className="search__results">
          {results.slice(0, shown).map((result) => (
            <li key={result.id}>
              <h2>
                <a href={result.url}>{result.meta.title ?? result.url}</a>
                {result.meta.status === 'Draft' && <span className="search__draft">Draft</span>}
              </h2>
              {formatDate(result.meta.date) && (
                <p className="search__meta">
                  <time dateTime={result.meta.date}>{formatDate(result.meta.date)}</time>
                </p>
              )}
              <p>{excerptNodes(result.excerpt)}</p>
            </li>
          ))}
        </ol>
      )}
      {results && results.length > shown && (
        <p>
          <button type="button" className="button-link" onClick={() => setShown(shown + PAGE)}>
            Show more results
          </button>
        </p>
      )}
    </div>
  )
}
