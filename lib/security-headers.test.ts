import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ACTIVE_FILE_EXTENSIONS, activeFileSource, cleanAddresses, contentSecurityPolicy, contentSecurityPolicyDirectives, fileContentSecurityPolicy, headerRules, headersFile, securityHeaders, SITE_XML_FILES, vercelHeaders } from './security-headers.mjs'

// The matcher Next compiles header sources with (vercel.json's sources are read the same way).
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (source: string, keys: unknown[], options: { strict: boolean; sensitive: boolean; delimiter: string }) => RegExp
}

const byKey = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map(({ key, value }) => [key, value]))

describe('security headers', () => {
  it('lock everything down but what pages load: scripts and styles from the site, two video players', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    )
  })

  it('hold no script hash or nonce, which would make browsers ignore unsafe-inline and block Next', () => {
    expect(contentSecurityPolicyDirectives()['script-src'].join(' ')).not.toMatch(/sha256-|nonce-/)
  })

  it('relax only what next dev needs, and send HSTS in production only', () => {
    const development = byKey(securityHeaders({ isDevelopment: true }))
    expect(development['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
    expect(development['Strict-Transport-Security']).toBeUndefined()
    const production = byKey(securityHeaders({ isProduction: true }))
    expect(production['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(production['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    expect(byKey(securityHeaders({ isProduction: false }))['Strict-Transport-Security']).toBeUndefined()
    expect(production).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'DENY' })
    expect(production['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/)
    expect(production['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/)
    expect(production['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/)
  })

  it('are the ones vercel.json holds (run `node tools/vercel/write-vercel-json.mjs` after changing them)', () => {
    const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: unknown }
    expect(vercel.headers).toEqual(vercelHeaders({ isProduction: true }))
  })

  it("allow WebAssembly ('wasm-unsafe-eval', never 'unsafe-eval') on the search page and the index only, one rule per path", () => {
    const rules = headerRules({ isProduction: true }).map((rule) => ({ ...rule, matches: pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: '/' }) }))
    const cspFor = (path: string) => {
      const matching = rules.filter((rule) => rule.matches.test(path))
      expect(matching, path).toHaveLength(1)
      return byKey(matching[0].headers)['Content-Security-Policy']
    }
    for (const path of ['/search/', '/search', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind-e2e-site/wasm.en.pagefind']) {
      expect(cspFor(path), path).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval';")
      expect(cspFor(path), path).not.toContain("'unsafe-eval'")
    }
    for (const path of ['/', '/2019/05/27/post/', '/searching/', '/tags/search/', '/feed.xml', '/search-results/']) {
      expect(cspFor(path), path).toBe(contentSecurityPolicy())
      expect(cspFor(path), path).not.toContain('wasm')
    }
    // Every other header is the same on both.
    expect(rules[0].headers.filter(({ key }) => key !== 'Content-Security-Policy')).toEqual(rules[1].headers.filter(({ key }) => key !== 'Content-Security-Policy'))
  })

  it('write the search CSP into _headers as a replacement for /search/* and /pagefind/*', () => {
    const file = headersFile(securityHeaders(), securityHeaders({ allowWasm: true }))
    const lines = file.split('\n')
    const patterns = lines.filter((line) => !line.startsWith(' ') && line !== '' && !line.startsWith('#'))
    // Then the sandbox for active files and the site's own feeds (tested below).
    expect(patterns.slice(0, 3)).toEqual(['/*', '/search/*', '/pagefind/*'])
    expect(patterns.slice(3).every((pattern) => /^\/(\*\/)?[\w*]*\.\w+$/i.test(pattern)), patterns.join(' ')).toBe(true)
    const search = lines.slice(lines.indexOf('/search/*') + 1, lines.indexOf('/pagefind/*'))
    expect(search).toEqual(['  ! Content-Security-Policy', `  Content-Security-Policy: ${contentSecurityPolicy({ allowWasm: true })}`])
  })

  it('write a _headers file for every path, then the sandbox for SVG, HTML and XML files in both cases', () => {
    const file = headersFile([{ key: 'X-Content-Type-Options', value: 'nosniff' }])
    const lines = file.split('\n').slice(1)
    expect(lines.slice(0, 5)).toEqual(['/*', '  X-Content-Type-Options: nosniff', '/*.svg', `  Content-Security-Policy: ${fileContentSecurityPolicy()}`, '  X-Content-Type-Options: nosniff'])
    for (const extension of ACTIVE_FILE_EXTENSIONS) expect(lines).toEqual(expect.arrayContaining([`/*.${extension}`, `/*.${extension.toUpperCase()}`]))
  })
})

describe('files a browser would run (SVG, HTML, XML under public/)', () => {
  it('get a policy that runs nothing and loads nothing from elsewhere: sandbox, no script source', () => {
    expect(fileContentSecurityPolicy()).toBe("default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox")
  })

  it('are matched in any letter case and escaping by the source Next and Vercel use, and pages and other files are not', () => {
    const pattern = pathToRegexp(activeFileSource(), [], { strict: true, sensitive: false, delimiter: '/' })
    // Next serves /evil%2Esvg as evil.svg, but matches header rules against the path as requested.
    const escaped = ['/uploads/evil%2Esvg', '/uploads/evil%2esvg', '/uploads/evil.%73vg', '/uploads/evil%2E%53%56%47', '/x.h%74ml']
    for (const path of ['/uploads/evil.svg', '/uploads/EVIL.SVG', '/a/b.Svg', '/x.html', '/x.HTM', '/deep/a/b.xhtml', '/feed.xml', '/x.svgz', ...escaped]) expect(pattern.test(path), path).toBe(true)
    for (const path of ['/', '/2019/04/16/announcing-linkerd-2.3/', '/uploads/a.png', '/slides.pdf', '/svg', '/x.svgx', '/_next/static/chunks/a.js']) expect(pattern.test(path), path).toBe(false)
  })

  it("come after the site's headers, in next.config.js and vercel.json alike, so they win where the last rule wins", () => {
    const rules = headerRules({ isProduction: true })
    expect(vercelHeaders({ isProduction: true })).toEqual(rules)
    const last = rules.at(-1)!
    expect(last.headers).toEqual([
      { key: 'Content-Security-Policy', value: fileContentSecurityPolicy() },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
    ])
    // What a host that lets the last matching rule win sends for a path.
    const sent = (path: string) => {
      const headers = new Map<string, string>()
      for (const rule of rules) if (pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: '/' }).test(path)) for (const { key, value } of rule.headers) headers.set(key, value)
      return headers.get('Content-Security-Policy')
    }
    for (const path of ['/uploads/evil.svg', '/uploads/EVIL%2ESVG', '/search/evil.svg', '/pagefind/x.html', '/uploads/feed.xml.svg', '/uploads/myfeed.xml']) expect(sent(path), path).toBe(fileContentSecurityPolicy())
    // The site's own feeds and their stylesheet keep the site's policy (the XSL, its CSS and icon load from the site).
    for (const path of ['/feed.xml', '/atom.xml', '/feed.xsl', '/tags/go/feed.xml', '/events/porto/atom.xml']) expect(sent(path), path).toBe(contentSecurityPolicy())
  })

  it("in _headers: HTML files under public/ get the sandbox at the clean addresses static hosts also serve them at", () => {
    expect(cleanAddresses('uploads/x.html')).toEqual(['/uploads/x', '/uploads/x/'])
    expect(cleanAddresses('/docs/index.HTM')).toEqual(['/docs', '/docs/'])
    // (public/index.html would be the home page, which Next refuses: a clash of a file and a page.)
    expect(cleanAddresses('index.html')).toEqual(['/index', '/index/'])
    expect(cleanAddresses('uploads/a.svg')).toEqual([])
    const file = headersFile(securityHeaders(), [], ['uploads/hostile/evil.html']).split('\n')
    for (const path of ['/uploads/hostile/evil', '/uploads/hostile/evil/']) {
      expect(file.slice(file.indexOf(path) + 1, file.indexOf(path) + 2)).toEqual([`  Content-Security-Policy: ${fileContentSecurityPolicy()}`])
    }
  })

  it('in _headers: active files get the sandbox after the search rules, and the feeds the site policy back', () => {
    const site = securityHeaders({ isProduction: true })
    const file = headersFile(site, securityHeaders({ isProduction: true, allowWasm: true }))
    const patterns = file.split('\n').filter((line) => line.startsWith('/'))
    expect(patterns.slice(0, 4)).toEqual(['/*', '/search/*', '/pagefind/*', '/*.svg'])
    expect(patterns.slice(-2 * SITE_XML_FILES.length)).toEqual(SITE_XML_FILES.flatMap((name) => [`/${name}`, `/*/${name}`]))
    const feed = file.split('\n').slice(file.split('\n').indexOf('/feed.xml') + 1).slice(0, 2)
    expect(feed).toEqual(['  ! Content-Security-Policy', `  Content-Security-Policy: ${contentSecurityPolicy()}`])
  })
})
