import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { ACTIVE_FILE_EXTENSIONS, activeFileSource, contentSecurityPolicy, contentSecurityPolicyDirectives, fileContentSecurityPolicy, headerRules, headersFile, securityHeaders, vercelHeaders } from './security-headers.mjs'
import { createRequire } from 'node:module'

// The matcher Next uses for `headers()` sources (it ships no types for it).
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (path: string, keys: unknown[], options: { strict: boolean; sensitive: boolean; delimiter: string }) => RegExp
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
    expect(vercel.headers).toEqual(vercelHeaders(securityHeaders({ isProduction: true })))
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

  it('come after the site\'s headers, in next.config.js and vercel.json alike, so they win where the last rule wins', () => {
    expect(headerRules({ isProduction: true }).map((rule) => rule.source)).toEqual(['/:path*', activeFileSource()])
    expect(vercelHeaders(securityHeaders({ isProduction: true })).map((rule) => rule.source)).toEqual(['/(.*)', activeFileSource()])
  })
})
