import { describe, expect, it } from 'vitest'
import { Children, isValidElement, useId, type ReactNode } from 'react'
import { renderToReadableStream } from 'react-dom/server'
import { notFound } from 'next/navigation'
import { ContentError, formatProblem } from './content/problems'
import { componentOf, renderReporting, reportingFor } from './page-errors'

const post = (name: string) => ({ filePath: `content/posts/${name}.md`, fieldLines: { title: 2, date: 3 } as Record<string, number> })

function Thrower(): ReactNode {
  // As react-tweet's date formatting does on a date it cannot read.
  return new Intl.DateTimeFormat('en-US').format(new Date('yesterday'))
}
async function AsyncCard({ post: _post, children }: { post: ReturnType<typeof post>; children?: ReactNode }) {
  await Promise.resolve()
  return <article>{children}</article>
}
function Card({ post: _post, children }: { post: ReturnType<typeof post>; children?: ReactNode }) {
  return <AsyncCard post={_post}>{children}</AsyncCard>
}
function WithId() {
  // A hook: React calls the components, so hooks keep working.
  const id = useId()
  return <p id={id}>with an id</p>
}
// A client component as the server sees it: a reference (React serializes it; Fizz here just renders it).
const ClientComponent = Object.assign(({ children }: { children?: ReactNode }) => <div data-client="">{children}</div>, { $$typeof: Symbol.for('react.client.reference') })

/** The tree rendered as React renders a page: async components awaited, errors thrown. */
async function render(node: ReactNode): Promise<string> {
  let failure: unknown
  const stream = await renderToReadableStream(<>{node}</>, { onError: (error) => void (failure ??= error) })
  await stream.allReady
  const html = await new Response(stream).text()
  if (failure) throw failure
  return html
}

async function reportOf(work: () => Promise<unknown>): Promise<string[]> {
  try {
    await work()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as ContentError).problems.map(formatProblem)
  }
  throw new Error('expected a ContentError')
}

describe('renderReporting', () => {
  it('renders server components, async ones and hooks too, as React would, keys kept', async () => {
    const tree = renderReporting(
      <main>
        {[1, 2].map((n) => (
          <Card key={n} post={post(`p${n}`)}>
            <p>post {n}</p>
          </Card>
        ))}
        <WithId />
      </main>,
    )
    const html = (await render(tree)).replaceAll('<!-- -->', '')
    expect(html).toMatch(/^<main><article><p>post 1<\/p><\/article><article><p>post 2<\/p><\/article><p id="[^"]+">with an id<\/p><\/main>$/)
  })

  it('reports an error deep in a list page as the post whose card it was in', async () => {
    const lines = await reportOf(() =>
      render(renderReporting(
        <main>
          <Card post={post('fine')}>ok</Card>
          <Card post={post('broken')}>
            <section>
              <Thrower />
            </section>
          </Card>
        </main>,
      )),
    )
    expect(lines).toEqual(['content/posts/broken.md:1: error: the page could not be built: Invalid time value; run `npm run check`; if it finds nothing, this is a recap bug: please report it with the post attached'])
  })

  it("reports an error outside any card as the page's own post", async () => {
    const lines = await reportOf(() => render(renderReporting(<Thrower />, post('page'))))
    expect(lines[0]).toMatch(/^content\/posts\/page\.md:1: error: the page could not be built: Invalid time value/)
  })

  it('leaves client components to React, and wraps what they are given', async () => {
    const tree = renderReporting(
      <ClientComponent>
        <Card post={post('inside-client')}>
          <Thrower />
        </Card>
      </ClientComponent>,
    )
    expect((tree as { type: unknown }).type).toBe(ClientComponent)
    const lines = await reportOf(() => render(tree))
    expect(lines[0]).toMatch(/^content\/posts\/inside-client\.md:1: error:/)
  })

  it('lets a parent pick its children by type (a gallery its images) through componentOf', async () => {
    function Photo({ src }: { src: string }) {
      return <img src={src} alt="" />
    }
    function Photos({ children }: { children?: ReactNode }) {
      const picked = Children.toArray(children).filter((child) => isValidElement(child) && componentOf(child.type) === Photo)
      const wrappedAway = Children.toArray(children).filter((child) => isValidElement(child) && child.type === Photo)
      return <p data-picked={picked.length} data-by-type={wrappedAway.length}>{children}</p>
    }
    const html = await render(renderReporting(<Photos><Photo src="/a.jpg" />{'\n'}<Photo src="/b.jpg" /></Photos>))
    // The children arrive wrapped (by type alone, none is a Photo): componentOf sees through.
    expect(html).toContain('data-picked="2" data-by-type="0"')
    expect(componentOf(Photo)).toBe(Photo)
  })

  it("lets Next's own signals (notFound) through untouched", async () => {
    function Missing(): ReactNode {
      notFound()
    }
    await expect(render(renderReporting(<Missing />, post('x')))).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_HTTP_ERROR_FALLBACK') })
  })
})

describe('reportingFor', () => {
  it("reports a route handler's failure at the field's line, and passes ContentErrors through", async () => {
    const lines = await reportOf(() =>
      reportingFor(post('og'), 'the share image', () => {
        throw new RangeError('Maximum call stack size exceeded')
      }, 'title'),
    )
    expect(lines).toEqual(['content/posts/og.md:2: error: the share image could not be built: Maximum call stack size exceeded; run `npm run check`; if it finds nothing, this is a recap bug: please report it with the post attached'])
    const original = new ContentError([{ file: 'content/posts/a.md', line: 4, column: 2, severity: 'error', rule: 'x', reason: 'r' }])
    await expect(reportingFor(post('a'), 'x', () => Promise.reject(original))).rejects.toBe(original)
  })
})
