import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { SiteImage } from './site-image'

const html = (element: React.ReactElement) => renderToStaticMarkup(element)

describe('SiteImage', () => {
  it('serves a site photo through the image optimizer at the widths its sizes need, sized from the file', () => {
    const out = html(<SiteImage src="/uploads/kubecon-eu-2019-stage.jpg" alt="" sizes="100vw" className="post__cover" />)
    expect(out).toContain('width="1600" height="900"')
    expect(out).toContain('loading="lazy"')
    expect(out).toContain('class="post__cover"')
    expect(out).toMatch(/srcSet="\/_next\/image\?url=%2Fuploads%2Fkubecon-eu-2019-stage\.jpg&amp;w=\d+&amp;q=75 \d+w, /)
    expect(out).toMatch(/src="\/_next\/image\?url=%2Fuploads%2Fkubecon-eu-2019-stage\.jpg&amp;w=\d+&amp;q=75"/)
    // The CSP allows no inline style (style-src-attr): Next's color:transparent must not come along.
    expect(out).not.toContain('style=')
  })

  it('loads the page’s main image first', () => {
    const out = html(<SiteImage src="/uploads/kubecon-eu-2019-stage.jpg" alt="" sizes="100vw" isPriority />)
    expect(out).toContain('loading="eager"')
    expect(out).toContain('fetchPriority="high"')
  })

  it('leaves vectors, animations, other sites’ images and missing files as they are', () => {
    for (const src of ['/uploads/diagram.svg', '/uploads/demo.gif', 'https://example.com/a.png', '/uploads/missing.png']) {
      const out = html(<SiteImage src={src} alt="A" sizes="100vw" />)
      expect(out, src).toContain(`src="${src}"`)
      expect(out, src).not.toContain('srcSet')
    }
  })
})
