import { describe, it, expect, afterEach } from 'vitest'
import { compilePost } from './pipeline'
import { formatProblem } from '../content/problems'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { contextFor, png, renderToHtml } from '@/tests/helpers/pipeline'

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})

async function build(files: Record<string, string | Buffer>) {
  site = makeSite(files)
  const content = site.load()
  const context = contextFor(content, site.publicDir)
  const byId = (id: string) => content.posts.find((p) => p.id === id)!
  const problems = async (id: string) => (await compilePost(byId(id), context)).problems.map((p) => formatProblem(p).replace(/^.*?content\//, 'content/'))
  const html = (id: string) => renderToHtml(byId(id), context)
  return { problems, html }
}

describe('compilePost and renderPost with components', () => {
  it('renders a Hugo post: shortcodes become components, refs become permalinks, images get their size', async () => {
    const { problems, html } = await build({
      'content/posts/target.md': post('title: Target\ndate: 2019-05-18'),
      'content/posts/hugo.md': post(
        'title: Hugo\ndate: 2019-06-01',
        [
          'See [the target]({{< ref',
          '  "target" >}}) and [again][t].',
          '',
          '{{< fig src="/uploads/chart.png" alt="A chart" title="Chart" >}}',
          '',
          '[![The chart](/uploads/chart.png)](/2019/05/18/target/)',
          '',
          '{{< note >}}',
          'A **note**.',
          '{{< /note >}}',
          '',
          '[t]: {{< ref "target.md" >}}',
          '',
        ].join('\n'),
      ),
      'public/uploads/chart.png': await png(40, 30),
    })
    expect(await problems('hugo')).toEqual([])
    const out = await html('hugo')
    // Outside a Next build, next/link drops the trailing slash (trailingSlash is a build setting).
    expect(out).toMatch(/<a href="\/2019\/05\/18\/target\/?">the target<\/a>/)
    expect(out).toMatch(/<a href="\/2019\/05\/18\/target\/?">again<\/a>/)
    expect(out).toMatch(/<figure data-component="figure"[^>]*><img [^>]*src="\/uploads\/chart.png" alt="A chart" width="40" height="30"/)
    expect(out).toMatch(/<a data-component="image-link"[^>]* href="\/2019\/05\/18\/target\/?"><img [^>]*width="40" height="30"/)
    expect(out).toMatch(/<aside data-component="note" role="note"[^>]*><p [^>]*><svg aria-hidden="true"[^>]*>.*?<\/svg>Note<\/p><p>A <strong>note<\/strong>.<\/p><\/aside>/)
  })

  it('reports a missing image and an unknown shortcode as path:line errors, and keeps going', async () => {
    const { problems } = await build({
      'content/posts/bad.md': post('title: Bad\ndate: 2019-06-01', 'Intro.\n\n{{< fig src="/uploads/nope.png" >}}\n\n{{< speakerdeck 1 >}}\n'),
    })
    expect((await problems('bad')).sort()).toEqual([
      expect.stringMatching(/^content\/posts\/bad\.md:10:1: error: unknown shortcode `speakerdeck`; known: tweet, x, youtube/),
      // The path looked for is shown from the repository root; this site lives in a temporary folder.
      expect.stringMatching(/^content\/posts\/bad\.md:8:1: error: image "\/uploads\/nope\.png" not found: looked for \S*public\/uploads\/nope\.png; add the file under public\/ or fix the path$/),
      'content/posts/bad.md:8:1: warning: image "/uploads/nope.png" has no alt text; describe it: <Figure alt="what it shows" …>',
    ])
  })

  it('reports Hugo shortcodes in .mdx with the JSX to write, without an MDX syntax error', async () => {
    const { problems } = await build({
      'content/posts/new.mdx': post('title: New\ndate: 2019-06-01', 'Intro.\n\n{{< youtube Z3nfLI3z0hc >}}\n'),
    })
    expect(await problems('new')).toEqual(['content/posts/new.mdx:8:1: error: Hugo shortcode `{{< youtube Z3nfLI3z0hc >}}` in an .mdx file; write <YouTube id="Z3nfLI3z0hc" /> (shortcodes work in .md files only)'])
  })

  it('reports an unknown component in .mdx with the nearest name', async () => {
    const { problems } = await build({ 'content/posts/typo.mdx': post('title: Typo\ndate: 2019-06-01', '<Youtube id="Z3nfLI3z0hc" />\n') })
    expect(await problems('typo')).toEqual([expect.stringMatching(/^content\/posts\/typo\.mdx:6:1: error: unknown component <Youtube>; did you mean <YouTube>\?/)])
  })

  it('renders every component an .mdx post can use', async () => {
    const { problems, html } = await build({
      'content/posts/other.mdx': post('title: Other\ndate: 2019-04-08'),
      'content/posts/all.mdx': post(
        'title: All\ndate: 2019-06-01',
        [
          '<Tweet id="1130789969293991936" />',
          '<YouTube id="Z3nfLI3z0hc" title="Intro" />',
          '<Note>Hi</Note>',
          '<Warning title="Careful">Mind the gap.</Warning>',
          '<Figure src="/uploads/a.png" alt="A" caption="Caption" />',
          '<ImageLink src="/uploads/a.png" alt="Other post" href="/2019/04/08/other/" />',
          '<Gist user="spf13" id="7896402" />',
          '<Asciinema id="227055" />',
          '<Table caption="T">',
          '',
          '| a | b |',
          '| - | - |',
          '| 1 | 2 |',
          '',
          '</Table>',
          '<TalkList event="Conf">',
          '',
          '- [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant',
          '',
          '</TalkList>',
          '',
        ].join('\n\n'),
      ),
      'public/uploads/a.png': await png(16, 9),
    })
    expect(await problems('all')).toEqual([])
    const out = await html('all')
    for (const kebab of ['tweet', 'you-tube', 'note', 'warning', 'figure', 'image-link', 'gist', 'asciinema', 'table', 'talk-list', 'talk']) {
      expect(out, kebab).toContain(`data-component="${kebab}"`)
    }
    expect(out).toMatch(/<img [^>]*src="\/uploads\/a.png" alt="A" width="16" height="9"/)
  })
})
