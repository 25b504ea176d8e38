import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FRAMEWORK_GLOBALS, isFrameworkGlobal, safeAnchor } from '../safe-ids'
import { makeSite, post } from '@/tests/helpers/content-dir'
import { contextFor, renderToHtml } from '@/tests/helpers/pipeline'

/**
 * Names Next's client code reads as globals (`self.__next_f`, `window.next`), from its shipped
 * sources: an element id equal to one that no browser defines would shadow it. Built-in window
 * properties cannot be shadowed by an id, so they are listed here as harmless; any other name a
 * new Next version reads makes this test fail until rehype-safe-ids guards it.
 */
const BUILT_INTO_BROWSERS = new Set([
  'addEventListener', 'cancelIdleCallback', 'console', 'crypto', 'document', 'dispatchEvent', 'ErrorEvent', 'event', 'fetch',
  'getComputedStyle', 'Headers', 'history', 'innerHeight', 'innerWidth', 'location', 'navigation', 'navigator', 'pageXOffset',
  'pageYOffset', 'PerformanceObserver', 'removeEventListener', 'Request', 'requestAnimationFrame', 'requestIdleCallback', 'Response',
  'scrollTo', 'scrollX', 'scrollY', 'self', 'setTimeout', 'stop', 'top', 'trustedTypes', 'WebSocket', 'DOMException', 'queueMicrotask',
])

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js') && !join(entry.parentPath, entry.name).includes('/esm/'))
    .map((entry) => join(entry.parentPath, entry.name))
}

function globalsReadBy(files: string[]): Set<string> {
  const names = new Set<string>()
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:self|window|globalThis)(?:\.([A-Za-z_$][\w$]*)|\["([A-Za-z_$][\w$]*)"\])/g)) names.add(match[1] ?? match[2])
  }
  return names
}

describe('ids recap writes never shadow the framework\'s globals', () => {
  it('guards every global Next\'s client runtime reads that browsers do not define', () => {
    const nextDir = join(process.cwd(), 'node_modules', 'next', 'dist')
    const names = globalsReadBy([...jsFiles(join(nextDir, 'client')), ...jsFiles(join(nextDir, 'shared', 'lib'))])
    // The page's own inline scripts: `(self.__next_f=self.__next_f||[]).push(…)` and Turbopack's chunk list.
    for (const name of ['__next_f', 'TURBOPACK']) names.add(name)
    expect(names.size).toBeGreaterThan(30)
    const unguarded = [...names].filter((name) => !BUILT_INTO_BROWSERS.has(name) && !isFrameworkGlobal(name)).sort()
    expect(unguarded).toEqual([])
  })

  it('leaves ordinary heading ids as Hugo makes them', () => {
    for (const id of ['introduction', 'next-steps', 'getting-started', 'location', 'top-10']) expect(isFrameworkGlobal(id), id).toBe(false)
    for (const id of ['__next_f', '_n_e', '$rc', 'next', 'turbopack', ...FRAMEWORK_GLOBALS]) expect(isFrameworkGlobal(id), id).toBe(true)
    // An event named "Next" gets an anchor of its own, not id="next".
    expect(safeAnchor('next')).toBe('event-next')
    expect(safeAnchor('kubecon-eu-2019')).toBe('kubecon-eu-2019')
  })

  it.each([
    ['md', '## \\_\\_next\\_f\n\nSee [it](#__next_f).\n'],
    ['md', '## next\n'],
    ['mdx', '<h2>__next_f</h2>\n'],
    ['mdx', '## __NEXT_DATA__\n'],
  ] as const)('prefixes a %s heading that would name one, and links follow it', async (format, source) => {
    const site = makeSite({ [`content/posts/a.${format}`]: post('title: A\ndate: 2023-01-01', source) })
    const content = site.load()
    const html = await renderToHtml(content.posts[0], contextFor(content, site.publicDir)).finally(() => site.cleanup())
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1])
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(isFrameworkGlobal(id), html).toBe(false)
    for (const [, href] of html.matchAll(/href="#([^"]*)"/g)) expect(ids, html).toContain(href)
  })
})
