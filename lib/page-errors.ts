import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { unstable_rethrow } from 'next/navigation'
import { ContentError, displayPath, type ContentProblem } from './content/problems'

/**
 * Any failure while a page is built, reported as the post it comes from, on the line
 * `npm run check` would print: `content/posts/x.md:1: error: …`. Next prints whatever a page
 * throws; a RangeError from deep inside a component names no post, and neither does the page
 * path Next adds. So pages hand their tree to `renderReporting`, which wraps every server
 * component in it, and route handlers and metadata wrap their work in `reportingFor`: what throws is rethrown as a ContentError of the nearest post, at the line of
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

type Component = (props: Record<string, unknown>) => ReactNode | Promise<ReactNode>

/**
 * The tree with every server component in it wrapped, so that whatever one throws while React
 * renders it (hooks and all, async ones too) is rethrown as the nearest post's error: the
 * element's own `post` prop, or one above it (a post card on a tag page), else `page`'s post (at
 * `field`'s line: a tag page blames the tags of its first post). What a component returns is
 * wrapped the same way, down to the last one. Client components are left as they are (they
 * render in the browser too); what they are given as children is wrapped.
 */
// Each wrapper's component: a parent that picks its children by type (a gallery its images) finds
// them through componentOf, since its children were wrapped before it renders.
const ORIGINALS = new WeakMap<Component, Component>()

/** The component an element's type renders: itself, or the one renderReporting wrapped in it. */
export function componentOf(type: unknown): unknown {
  return (typeof type === 'function' && ORIGINALS.get(type as Component)) || type
}

export function renderReporting(node: ReactNode, page?: Blamed, what = 'the page', field?: string): ReactNode {
  // `next dev` shows a failing component in its overlay, with the component stack, and a content
  // error already names its file and line there: wrapping is for builds, where nothing else names the post.
  if (process.env.NODE_ENV === 'development') return node
  const wrappers = new Map<Component, Map<Blamed | undefined, Component>>()
  const blame = (error: unknown, owner: Blamed | undefined) => contentErrorFor(error, owner, what, owner === page ? field : undefined)

  const wrapperOf = (type: Component, owner: Blamed | undefined): Component => {
    const byOwner = wrappers.get(type) ?? new Map<Blamed | undefined, Component>()
    wrappers.set(type, byOwner)
    let wrapper = byOwner.get(owner)
    if (!wrapper) {
      wrapper = (props) => {
        let output: ReactNode | Promise<ReactNode>
        try {
          output = type(props)
        } catch (error) {
          throw blame(error, owner)
        }
        if (output instanceof Promise) {
          return output.then(
            (resolved: ReactNode) => wrap(resolved, owner),
            (error: unknown) => {
              throw blame(error, owner)
            },
          )
        }
        return wrap(output, owner)
      }
      Object.defineProperty(wrapper, 'name', { value: type.name })
      ORIGINALS.set(wrapper, type)
      byOwner.set(owner, wrapper)
    }
    return wrapper
  }

  const wrap = (current: ReactNode, blamed: Blamed | undefined): ReactNode => {
    if (Array.isArray(current)) return current.map((item: ReactNode) => wrap(item, blamed))
    if (!isValidElement(current)) return current
    const element = current as ReactElement<Record<string, unknown>>
    const props = element.props
    const owner = isPost(props.post) ? props.post : blamed
    const type = element.type as unknown
    const isServerComponent = typeof type === 'function' && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE
    const children = props.children === undefined ? undefined : wrap(props.children as ReactNode, owner)
    if (!isServerComponent && children === props.children) return element
    const config = { ...props, ...(element.key === null ? {} : { key: element.key }), ...(children === undefined ? {} : { children }) }
    return createElement(isServerComponent ? wrapperOf(type as Component, owner) : element.type, config)
  }

  return wrap(node, page)
}
