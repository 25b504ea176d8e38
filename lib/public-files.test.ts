import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { activeFileProblems, isActiveFile, publicFileProblems } from './public-files'

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

function problemsOf(name: string, content: string | Buffer): string[] {
  dir ??= mkdtempSync(join(tmpdir(), 'recap-public-'))
  writeFileSync(join(dir, name), content)
  return activeFileProblems(join(dir, name)).map((problem) => `${problem.line}:${problem.column ?? ''} ${problem.reason}`)
}

const svg = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${inner}\n</svg>\n`

describe('active content in SVG, HTML and XML under public/', () => {
  // Each would run script, or load from another site, when the file is opened on the site's origin.
  const hostile: [string, string][] = [
    ['script', '<script>alert(document.cookie)</script>'],
    ['script with a prefix', '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'],
    ['script in upper case', '<SCRIPT>alert(1)</SCRIPT>'],
    ['script hidden in CDATA-looking text', '<![CDATA[ ]]><script >alert(1)</script>'],
    ['event handler', '<rect width="10" height="10" onload="alert(1)"/>'],
    ['event handler after a slash', '<rect/onclick=alert(1) />'],
    ['event handler after a quoted >', '<rect title="a>b" onmouseover="alert(1)"/>'],
    ['foreignObject with HTML', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>'],
    ['XHTML namespace', '<g><html:p xmlns:html="http://www.w3.org/1999/xhtml">x</html:p></g>'],
    ['javascript: link', '<a xlink:href="javascript:alert(1)"><text>x</text></a>'],
    ['entity-encoded javascript: link', '<a href="&#106;ava&#x73;cript:alert(1)"><text>x</text></a>'],
    ['javascript: link split by a tab', '<a href="java&#9;script:alert(1)"><text>x</text></a>'],
    ['animation that writes a link', '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>'],
    ['set that writes a link', '<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'],
    ['image from another site', '<image href="https://tracker.example/pixel.png" width="1" height="1"/>'],
    ['protocol-relative image', '<image xlink:href="//tracker.example/pixel.png"/>'],
    ['use of another document', '<use href="https://evil.example/sprite.svg#icon"/>'],
    ['iframe', '<iframe src="/"></iframe>'],
    ['embed', '<embed src="/x.swf"/>'],
    ['handler (SVG Tiny)', '<handler type="application/ecmascript">alert(1)</handler>'],
    ['style importing', '<style>@import url(https://evil.example/x.css);</style>'],
    ['style loading a font from elsewhere', '<style>@font-face { src: url(//evil.example/f.woff) }</style>'],
    ['style attribute loading an image', '<rect style="fill: url(&quot;https://tracker.example/p.png&quot;)"/>'],
    ['entity declaration', '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><text>&x;</text>'],
    ['data: HTML link', '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'],
  ]
  it.each(hostile)('refuses %s, at its line', (_what, inner) => {
    const problems = problemsOf('evil.svg', svg(inner))
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]).toMatch(/^3:\d+ /)
  })

  it.each([
    ['HTML page with a script', 'page.html', '<!doctype html>\n<p>Hi</p>\n<script>alert(1)</script>\n', 3],
    ['HTML with a meta refresh', 'old.htm', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 1],
    ['HTML form', 'x.html', '<p>\n<form action="https://evil.example/"><input name=p></form>', 2],
    ['XHTML with script in a title (text to HTML, markup to XML)', 'x.xhtml', '<html xmlns="http://www.w3.org/1999/xhtml"><head><title><script>alert(1)</script></title></head></html>', 1],
    ['XML with an XSLT stylesheet', 'data.xml', '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/x.xsl"?>\n<a/>', 2],
    ['upper-case extension', 'EVIL.SVG', svg('<script>alert(1)</script>'), 3],
    ['compressed SVG', 'evil.svgz', '', 3],
  ])('refuses %s', (_what, name, content, line) => {
    const body = name.endsWith('.svgz') ? gzipSync(svg('<script>alert(1)</script>')) : content
    const problems = problemsOf(name, body)
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0)
    expect(problems[0].startsWith(`${line}:`), problems.join('\n')).toBe(true)
  })

  it('refuses mixed-case extensions (the headers match .svg and .SVG only) and other encodings', () => {
    expect(problemsOf('logo.Svg', svg(''))).toEqual([expect.stringContaining('mixes letter cases')])
    expect(problemsOf('utf7.svg', '<?xml version="1.0" encoding="UTF-7"?><svg/>')).toEqual([expect.stringContaining('not UTF-8')])
    expect(problemsOf('utf16.svg', Buffer.from(svg('<script>alert(1)</script>'), 'utf16le'))).toEqual([expect.stringContaining('not UTF-8')])
    expect(problemsOf('bomb.svgz', Buffer.alloc(100))).toEqual([expect.stringContaining('not a gzip-compressed SVG')])
  })

  it("refuses the names of the site's own feeds in any case (the headers leave those out of the sandbox)", () => {
    const clean = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    for (const name of ['feed.xml', 'FEED.XML', 'atom.xml', 'index.xml', 'Feed.Xsl']) expect(problemsOf(name, clean), name).toEqual([expect.stringContaining("the name of the site's feeds")])
    expect(problemsOf('myfeed.xml', clean)).toEqual([])
  })

  it('accepts what drawing programs write: styles, gradients, local references, links, site and data images', () => {
    const drawing = svg(
      [
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>',
        '<style>.a { fill: url(#g); } .b { stroke: #000 }</style></defs>',
        '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" pagecolor="#ffffff"/>',
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>',
        '<title>A chart</title><desc>Bars</desc>',
        '<rect class="a" style="fill: url(#g)" width="10" height="10"/>',
        '<use xlink:href="#g"/><image href="/uploads/photo.png"/><image href="data:image/png;base64,iVBORw0KGgo="/>',
        '<a href="https://example.com/"><text>Example (onward)</text></a>',
        '<text>on= onload is just text here; so is "javascript:"</text>',
      ].join('\n'),
    )
    expect(problemsOf('chart.svg', drawing)).toEqual([])
    expect(problemsOf('google1234abcd.html', 'google-site-verification: google1234abcd.html')).toEqual([])
    expect(problemsOf('old.html', '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>An old page, <a href="https://example.com/">a link</a>.</p></body></html>')).toEqual([])
    expect(problemsOf('plain.xml', '<?xml version="1.0" encoding="utf-8"?>\n<users><user>Ada</user></users>\n')).toEqual([])
  })

  it('looks only at files a browser would run, anywhere under public/', () => {
    expect(['a.svg', 'b/c.HTML', 'd.xhtml', 'feed.xml', 'x.svgz'].every(isActiveFile)).toBe(true)
    expect(['a.png', 'b.pdf', 'c.txt', 'd.js', 'svg', 'e.svg.png'].some(isActiveFile)).toBe(false)
    dir = mkdtempSync(join(tmpdir(), 'recap-public-'))
    writeFileSync(join(dir, 'ok.png'), '<script>not an SVG</script>')
    writeFileSync(join(dir, 'evil.svg'), svg('<script>1</script>'))
    expect(publicFileProblems(dir).map((problem) => `${problem.file.split('/').pop()}:${problem.line}: ${problem.rule}`)).toEqual(['evil.svg:3: public-file'])
  })
})
