import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react'
import { unstable_rethrow } from 'next/navigation'
import { ContentError, displayPath, type ContentProblem } from './content/problems'

/**
 * Any failure while a page is built, reported as the post it comes from, on the line
 * `npm run check` would print: `content/posts/x.md:1: error: …`. Next prints whatever a page
 * throws; a RangeError from deep inside a component names no post, and neither does the page
 * path Next adds. So pages render their server components here, eagerly and inside one
 * try/catch (`renderReporting`), and route handlers and metadata wrap their work in
 * `reportingFor`: what throws is rethrown as a ContentError of the nearest post, at the line of
 * the field involved when known (line 1 otherwise). `npm run check` validates what can be
 * validated ahead (tweets, paths, sizes), so it refuses the same posts; this is the net under it.
 */

/** What a page failure is blamed on: a post (its file and field lines). */
export type Blamed = { filePath: string; fieldLines?: Record<string, number> }

/** The error a page build stops with: `error` itself when it already names its place. */
export function contentErrorFor(error: unknown, blamed: Blamed | undefined, what: string, field?: string): unknown {
  unstable_rethrow(error)
  if (error instanceof ContentError || !blamed) return error
  const message = error instanceof Error ? error.message : String(error)
  const problem: ContentProblem = {
    file: displayPath(blamed.filePath),
    line: (field && blamed.fieldLines?.[field]) || 1,
    severity: 'error',
    rule: 'page',
    reason: `${what} could not be built: ${message.split('\n')[0] || 'unknown failure'}`,
    hint: 'run `npm run check`; if it finds nothing, this is a recap bug: please report it with the post attached',
  }
  const contentError = new ContentError([problem])
  contentError.cause = error
  return contentError
}

/** Runs `work` (a route handler, a page's metadata) and reports what it throws as `blamed`'s problem. */
export async function reportingFor<T>(blamed: Blamed | undefined, what: string, work: () => T | Promise<T>, field?: string): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw contentErrorFor(error, blamed, what, field)
  }
}

const CLIENT_REFERENCE = Symbol.for('react.client.reference')

function isPost(value: unknown): value is Blamed {
  return typeof value === 'object' && value !== null && typeof (value as Blamed).filePath === 'string' && typeof (value as Blamed).fieldLines === 'object'
}

/**
 * The tree with every server component in it called now (async ones awaited), so that whatever
 * one throws is caught here and reported as the nearest post: the element's own `post` prop, or
 * one above it (a post card on a tag page), else `page`'s post (at `field`'s line: a tag page
 * blames the tags of its first post). Client components are left to
 * React (they render in the browser too); what they are given as children is expanded.
 */
export async function renderReporting(node: ReactNode, page?: Blamed, what = 'the page', field?: string): Promise<ReactNode> {
  const expand = async (current: ReactNode, blamed: Blamed | undefined): Promise<ReactNode> => {
    if (Array.isArray(current)) return Promise.all(current.map((item: ReactNode) => expand(item, blamed)))
    if (!isValidElement(current)) return current
    const element = current as ReactElement<Record<string, unknown>>
    const props = element.props
    const owner = isPost(props.post) ? props.post : blamed
    const type = element.type as unknown
    if (typeof type === 'function' && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE) {
      let output: ReactNode
      try {
        output = await (type as (props: unknown) => ReactNode | Promise<ReactNode>)(props)
      } catch (error) {
        throw contentErrorFor(error, owner, what, owner === page ? field : undefined)
      }
      const expanded = await expand(output, owner)
      return element.key === null ? expanded : createElement(Fragment, { key: element.key }, expanded)
    }
    if (props.children === undefined) return element
    return cloneElement(element, { children: await expand(props.children as ReactNode, owner) })
  }
  try {
    return await expand(node, page)
  } catch (error) {
    throw contentErrorFor(error, page, what, field)
  }
}
