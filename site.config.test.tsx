import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import type { SiteConfig } from './lib/site'
import { siteConfig } from './site.config'

// A team's fork: another name, other links and other accents. Every part of the site that shows
// them must follow, or it still reads a value of its own.
const forked: SiteConfig = {
  ...siteConfig,
  title: 'Gophers on Tour',
  nav: [
    { label: 'Talks', href: '/talks/' },
    { label: 'Venue', href: 'https://venue.example/' },
  ],
  theme: {
    light: { ...siteConfig.theme.light, accent: '#0a7d3b' },
    dark: { ...siteConfig.theme.dark, accent: '#19e68c' },
  },
}

/** The site's modules, loaded afresh with `config` as site.config.ts. */
async function siteWith(config: SiteConfig) {
  vi.resetModules()
  vi.doMock('./site.config', () => ({ siteConfig: config }))
  return {
    metadata: await import('./lib/metadata'),
    header: await import('./components/site-header'),
    shareImage: await import('./lib/share-image'),
    og: await import('./lib/og/render'),
    themeCss: await import('./app/theme.css/route'),
    icon: await import('./app/icon.svg/route'),
  }
}

/** How many pixels of a PNG are exactly `hex` (#rrggbb). */
async function pixelsOf(png: Buffer, hex: string): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
  let count = 0
  for (let i = 0; i < data.length; i += info.channels) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++
  return count
}

afterEach(() => {
  vi.doUnmock('./site.config')
  vi.resetModules()
})

describe('site.config.ts', () => {
  it('gives every page its title', async () => {
    const { metadata } = await siteWith(forked)
    expect(metadata.rootMetadata().title).toEqual({ default: 'Gophers on Tour', template: '%s · Gophers on Tour' })
    expect(metadata.rootMetadata().openGraph).toMatchObject({ siteName: 'Gophers on Tour', title: 'Gophers on Tour' })
    expect(metadata.pageMetadata({ title: 'Blog', path: '/blog/' }).openGraph).toMatchObject({ siteName: 'Gophers on Tour' })
  })

  it('draws the share images in the dark theme’s accent', async () => {
    const { og, shareImage } = await siteWith(forked)
    const png = Buffer.from(await og.renderShareCard(shareImage.siteShareCard()).arrayBuffer())
    expect(await pixelsOf(png, '#19e68c')).toBeGreaterThan(10_000)
    expect(await pixelsOf(png, siteConfig.theme.dark.accent)).toBe(0)
  }, 20_000)

  it('lists its navigation in the header, beside the title and the logo', async () => {
    const { header } = await siteWith(forked)
    const html = renderToStaticMarkup(<header.SiteHeader />)
    expect(html).toContain('Gophers on Tour')
    // Outside a Next build, next/link drops the trailing slash that next.config.js keeps.
    expect(html).toMatch(/<a href="\/talks\/?">Talks<\/a>/)
    expect(html).toContain('<a href="https://venue.example/">Venue</a>')
    expect(html).not.toContain('Event recaps')
    expect(html).toMatch(/<svg class="site-header__mark" aria-hidden="true" viewBox="0 0 32 32"[^>]*><path d="M11 2h10/)
  })

  it('serves its colours as /theme.css and its logo, in the light accent, as /icon.svg', async () => {
    const { themeCss, icon } = await siteWith(forked)
    const css = await themeCss.GET().text()
    expect(css).toContain('--accent: light-dark(#0a7d3b, #19e68c);')
    expect(css).toContain(`--bg: light-dark(${siteConfig.theme.light.bg}, ${siteConfig.theme.dark.bg});`)
    const svg = await icon.GET().text()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32" color="#0a7d3b">/)
    expect(svg).toContain('fill="currentColor"')
  })

  it('draws the default share image in the default dark accent', async () => {
    const { og, shareImage } = await siteWith(siteConfig)
    const png = Buffer.from(await og.renderShareCard(shareImage.siteShareCard()).arrayBuffer())
    expect(await pixelsOf(png, siteConfig.theme.dark.accent)).toBeGreaterThan(10_000)
    expect(await pixelsOf(png, '#19e68c')).toBe(0)
  }, 20_000)
})
