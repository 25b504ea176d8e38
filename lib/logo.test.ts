import { describe, expect, it } from 'vitest'
import { getLogo, logoSvgFile, parseLogo } from './logo'
import { siteConfig } from '../site.config'

describe('parseLogo', () => {
  it('reads the site’s logo without its comments and blank text', () => {
    const logo = getLogo(siteConfig.logo)
    expect(logo.viewBox).toBe('0 0 32 32')
    expect(logo.shapes.map((node) => node.type === 'element' && node.tagName)).toEqual(['path', 'rect', 'rect', 'rect', 'rect'])
  })

  it('refuses what the Content-Security-Policy would block, with the line', () => {
    const source = '<svg viewBox="0 0 10 10">\n<style>rect{fill:red}</style>\n<rect width="10" height="10" style="fill:red" onclick="x()"/>\n</svg>'
    expect(() => parseLogo(source, 'logo.svg')).toThrow(
      [
        'logo.svg:2:1: error: styles in the logo are blocked by the Content-Security-Policy; use attributes: fill="…", opacity="…"',
        'logo.svg:3:1: error: styles in the logo are blocked by the Content-Security-Policy; use attributes: fill="…", opacity="…"',
        'logo.svg:3:1: error: <rect> with scripts or HTML cannot be in the logo; draw it with shapes and paths only',
      ].join('\n'),
    )
  })

  it('asks for one <svg> with a viewBox', () => {
    expect(() => parseLogo('<png></png>', 'logo.svg')).toThrow('logo.svg:1:1: error: the logo is not one <svg> element')
    expect(() => parseLogo('<svg width="10"></svg>', 'logo.svg')).toThrow('logo.svg:1:1: error: <svg> has no viewBox')
  })
})

describe('logoSvgFile', () => {
  it('paints currentColor in the accent and the cutouts in the surface', () => {
    const logo = parseLogo('<svg viewBox="0 0 2 1"><rect width="1" height="1" fill="currentColor"/><rect x="1" width="1" height="1" class="logo-cutout" fill="#fff"/></svg>', 'logo.svg')
    expect(logoSvgFile(logo, { ...siteConfig.theme.light, accent: '#123456', surface: '#abcdef' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1" color="#123456"><rect width="1" height="1" fill="currentColor"></rect><rect x="1" width="1" height="1" class="logo-cutout" fill="#abcdef"></rect></svg>',
    )
  })
})
