import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { contentSecurityPolicy, contentSecurityPolicyDirectives, headerRules, headersFile, securityHeaders, vercelHeaders } from './security-headers.mjs'

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
    expect(lines.filter((line) => !line.startsWith(' ') && line !== '' && !line.startsWith('#'))).toEqual(['/*', '/search/*', '/pagefind/*'])
    const search = lines.slice(lines.indexOf('/search/*') + 1, lines.indexOf('/pagefind/*'))
    expect(search).toEqual(['  ! Content-Security-Policy', `  Content-Security-Policy: ${contentSecurityPolicy({ allowWasm: true })}`])
  })

  it('write a _headers file for every path', () => {
    const file = headersFile([{ key: 'X-Content-Type-Options', value: 'nosniff' }])
    expect(file.split('\n').slice(1)).toEqual(['/*', '  X-Content-Type-Options: nosniff', ''])
  })
})
