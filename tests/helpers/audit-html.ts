import { fromHtml } from 'hast-util-from-html'
import type { Element, Root, RootContent } from 'hast'
import { isLocalImageSource, isSafeLink, urlScheme } from '@/lib/safe-urls'

// Elements that run, load or frame something, or rewrite the page's head: none may come from a post
// (our own components draw icons with <svg>, so that one is judged by its attributes).
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'form', 'template', 'math', 'video', 'audio', 'source', 'picture', 'noscript'])
// Attributes that hold a URL the browser follows or loads.
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'xLinkHref', 'ping']

/**
 * Everything in a post's rendered body that could run script or load from another site, one line
 * each (empty when the HTML is clean). React's own image preload links are fine when they point at
 * the site. Used on the HTML of hostile fixtures.
 */
export function findDangers(html: string): string[] {
  const dangers: string[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') check(node, dangers)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromHtml(html, { fragment: true }))
  return dangers
}

function check(element: Element, dangers: string[]): void {
  const tag = element.tagName
  const properties = element.properties
  const isReactPreload = tag === 'link' && properties.rel?.toString() === 'preload' && typeof properties.href === 'string' && isLocalImageSource(properties.href)
  if (FORBIDDEN.has(tag) || (tag === 'link' && !isReactPreload)) dangers.push(`<${tag}>`)
  for (const [key, value] of Object.entries(properties)) {
    if (/^on/i.test(key)) dangers.push(`<${tag} ${key}>`)
    if (key === 'style' || key === 'srcSet' || key === 'srcDoc') dangers.push(`<${tag} ${key}>`)
    if (!URL_PROPERTIES.includes(key) || typeof value !== 'string') continue
    const isSafe = key === 'src' ? isLocalImageSource(value) : key === 'href' ? isSafeLink(value) : urlScheme(value) === undefined || /^https?$/.test(urlScheme(value) ?? '')
    if (!isSafe) dangers.push(`<${tag} ${key}="${value}">`)
  }
}
