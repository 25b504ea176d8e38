import { describe, expect, it } from 'vitest'
import { checkSitePath, checkWrittenPath, MAX_SEGMENT_BYTES, segmentProblem } from './safe-paths'

const written = (path: string, base?: string) => checkWrittenPath(path, { hint: 'fix it', base })

/** What a browser makes of an href on a page of this site: its origin and path. */
function browserReads(href: string): { origin: string; path: string } {
  const url = new URL(href, 'https://site.example/2019/05/31/post/')
  return { origin: url.origin, path: url.pathname }
}

describe('checkWrittenPath (url: and aliases as authors write them)', () => {
  // Each of these is one path to a naive reading and another host, or another path, to a browser.
  const hostile = [
    '/\\evil.example/x/',
    '/\t/evil.example/x/',
    '/\n/evil.example/x/',
    '//evil.example/x/',
    '\\\\evil.example/x/',
    '/\\/evil.example/',
    'https://evil.example/',
    'javascript:alert(1)',
    '/a/%2e%2e/%2e%2e/admin/',
    '/a/%2E%2e/',
    '/a%2fb/',
    '/a%5cb/',
    '/a/../../b/',
    '/a/./b/',
    '/post#x/',
    '/post?x=1/',
    '/caf%e9/',
    '/a/%252e%252e/',
    '/a\u0000b/',
    '/a\u0085b/',
    '/a\u007fb/',
  ]
  it.each(hostile)('refuses %j, which a browser reads differently', (path) => {
    const checked = written(path)
    expect(checked.ok).toBe(false)
  })

  it('refuses nothing a browser reads as recap does, and returns it normalised', () => {
    expect(written('/about-us')).toEqual({ ok: true, path: '/about-us/' })
    expect(written('/2019/04/16/announcing-linkerd-2.3/')).toEqual({ ok: true, path: '/2019/04/16/announcing-linkerd-2.3/' })
    expect(written('/blog//old/')).toEqual({ ok: true, path: '/blog/old/' })
    expect(written('/caf%C3%A9/')).toEqual({ ok: true, path: '/café/' })
    expect(written('/日本語/')).toEqual({ ok: true, path: '/日本語/' })
    expect(written('/@team/~notes/a_b+c/')).toEqual({ ok: true, path: '/@team/~notes/a_b+c/' })
  })

  it('reads a relative alias in the post\'s folder, .. included, as a browser does', () => {
    expect(written('old', '/2019/01/02')).toEqual({ ok: true, path: '/2019/01/02/old/' })
    expect(written('../../old-post/', '/2019/01/02')).toEqual({ ok: true, path: '/2019/old-post/' })
    expect(written('../../../../../x/', '/2019/01/02')).toEqual({ ok: true, path: '/x/' })
    for (const [alias, base] of [['old', '/2019/01/02'], ['../../old-post/', '/2019/01/02']]) {
      const checked = written(alias, base)
      expect(checked.ok && browserReads(alias.startsWith('/') ? alias : `${base}/${alias}`).path.replace(/\/?$/, '/')).toBe(checked.ok && checked.path)
    }
  })

  it('leaves every accepted path on the site when a browser follows it', () => {
    for (const path of [...hostile, '/about-us', '/caf%C3%A9/', '/a/b/../c/']) {
      const checked = written(path)
      if (checked.ok) expect(browserReads(checked.path).origin, path).toBe('https://site.example')
    }
  })
})

describe('checkSitePath (permalinks recap expands)', () => {
  it.each(['/2019/05/31/x\\y/', '/2019/05/31/c#-tips/', '/2019/05/31/../', '/2019/05/31/./', '/2019/05/31/%2e%2e/', '/2019/05/31/a%41/', '/2019/05/31/\uD800/'])(
    'refuses the permalink %j',
    (path) => expect(checkSitePath(path).ok).toBe(false),
  )

  it('bounds a segment in bytes, so a CJK title of 66 characters fits and one of 67 does not', () => {
    expect(MAX_SEGMENT_BYTES).toBeLessThanOrEqual(255 - '.segments'.length)
    expect(checkSitePath(`/2019/05/31/${'語'.repeat(66)}/`).ok).toBe(true)
    const refused = checkSitePath(`/2019/05/31/${'語'.repeat(67)}/`)
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining('201 bytes long; a page name holds at most 200') })
  })

  it('bounds the whole path', () => {
    expect(checkSitePath(`/${Array.from({ length: 10 }, () => 'a'.repeat(99)).join('/')}/`).ok).toBe(false)
  })

  it('names the character it refuses, invisible ones by code point', () => {
    expect(segmentProblem('a\tb')).toContain('U+0009')
    expect(segmentProblem('a\u200Bb')).toBeUndefined()
    expect(segmentProblem('x\\y')).toContain('`\\`')
  })
})
