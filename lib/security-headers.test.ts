import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { contentSecurityPolicy, contentSecurityPolicyDirectives, headersFile, securityHeaders, vercelHeaders } from './security-headers.mjs'

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

  it('write a _headers file for every path', () => {
    const file = headersFile([{ key: 'X-Content-Type-Options', value: 'nosniff' }])
    expect(file.split('\n').slice(1)).toEqual(['/*', '  X-Content-Type-Options: nosniff', ''])
  })
})
