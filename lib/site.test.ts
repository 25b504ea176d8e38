import { describe, expect, it } from 'vitest'
import { createSite, resolveBaseUrl, siteConfigProblems } from './site'
import { siteConfig } from '../site.config'

describe('createSite', () => {
  it('takes the address from SITE_URL, else Vercel, else site.config.ts', () => {
    expect(resolveBaseUrl('https://fallback.example', { SITE_URL: 'https://recap.example/' })).toBe('https://recap.example')
    expect(resolveBaseUrl('https://fallback.example', { VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'recap.vercel.app' })).toBe('https://recap.vercel.app')
    expect(resolveBaseUrl('https://fallback.example', { VERCEL_ENV: 'preview', VERCEL_URL: 'recap-git-x.vercel.app' })).toBe('https://recap-git-x.vercel.app')
    expect(createSite({ ...siteConfig, baseUrl: 'https://fallback.example/' }, {}).baseUrl).toBe('https://fallback.example')
  })

  it('accepts the config as it ships', () => {
    expect(siteConfigProblems(siteConfig)).toEqual([])
  })

  it('names every mistake in the config at once', () => {
    const broken = {
      ...siteConfig,
      theme: { ...siteConfig.theme, dark: { ...siteConfig.theme.dark, accent: 'purple' } },
      nav: [{ label: 'Blog', href: 'blog/' }],
      postsPerPage: 0,
    }
    expect(() => createSite(broken, {})).toThrow(
      [
        'site.config.ts: error: theme.dark.accent: "purple" is not a colour; write it as #rrggbb',
        'site.config.ts: error: nav[0].href: "blog/" is not a site path or a web address; start it with / or https://',
        'site.config.ts: error: postsPerPage: 0 is not a count; write a whole number from 1',
      ].join('\n'),
    )
  })
})
