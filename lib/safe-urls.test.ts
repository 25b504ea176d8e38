import { describe, it, expect } from 'vitest'
import { isLocalImageSource, isRemoteUrl, isSafeLink, isSiteUrl, isWebUrl, urlScheme } from './safe-urls'

describe('safe URLs', () => {
  it('reads the scheme as a browser does: any case, tabs, newlines and leading spaces ignored', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'jav\tascript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:x']) {
      expect(urlScheme(url), JSON.stringify(url)).toBe('javascript')
      expect(isSafeLink(url), JSON.stringify(url)).toBe(false)
      expect(isLocalImageSource(url), JSON.stringify(url)).toBe(false)
    }
    expect(urlScheme('VBScript:msgbox(1)')).toBe('vbscript')
    expect(urlScheme('/2019/05/18/post/')).toBeUndefined()
    expect(urlScheme('a.png?x=1:2')).toBeUndefined()
  })

  it('allows http(s), mailto, tel and site links; refuses the rest', () => {
    for (const url of ['https://example.com/', 'http://example.com/', 'mailto:a@example.com', 'tel:+351000', '/tags/', '#top', 'notes/', '?page=2', '//cdn.example.com/x']) {
      expect(isSafeLink(url), url).toBe(true)
    }
    for (const url of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'blob:https://x/y']) expect(isSafeLink(url), url).toBe(false)
  })

  it('takes /\\host and //host for another site, as browsers do', () => {
    for (const url of ['//evil.example/x.png', '/\\evil.example/x.png', ' //evil.example/', 'https://evil.example/']) {
      expect(isSiteUrl(url), url).toBe(false)
      expect(isRemoteUrl(url), url).toBe(true)
    }
    expect(isSiteUrl('/uploads/a.png')).toBe(true)
    expect(isRemoteUrl('/uploads/a.png')).toBe(false)
  })

  it('allows images from the site and data:image URLs only', () => {
    expect(isLocalImageSource('/uploads/a.png')).toBe(true)
    expect(isLocalImageSource('data:image/png;base64,iVBORw0KGgo=')).toBe(true)
    expect(isLocalImageSource('data:image/svg+xml,<svg/>')).toBe(true)
    expect(isLocalImageSource('data:text/html,<script>alert(1)</script>')).toBe(false)
    expect(isLocalImageSource('https://tracker.example/p.png')).toBe(false)
  })

  it('knows an absolute web URL', () => {
    expect(isWebUrl('https://events.example.com/2019/')).toBe(true)
    expect(isWebUrl(' https://example.com/')).toBe(false)
    expect(isWebUrl('https://')).toBe(false)
    expect(isWebUrl('javascript:alert(1)//https://')).toBe(false)
  })
})
