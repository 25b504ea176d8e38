import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPostAuthors, getPostByAlias, getPostByPath, getPostTalks, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { postMetadata, redirectMetadata, type PostFacts } from '@/lib/metadata'
import { recapJsonLd } from '@/lib/structured-data'
import { postPath } from '@/lib/routes'
import { postRouteParams } from '@/lib/prerender'
import { PostPage } from '@/components/post-page'
import { AliasRedirect } from '@/components/alias-redirect'
import { JsonLd } from '@/components/json-ld'
import { renderReporting, reportingFor } from '@/lib/page-errors'

type Props = { params: Promise<{ segments: string[] }> }

// Every post at its permalink (Hugo's /YYYY/MM/DD/slug/ or a folder's own pattern), and every
// `aliases` path as a redirect page; anything else is a 404 (notFound() below). The newest posts
// (`prerender` in site.config.ts) are written at build time, after every post was checked and
// compiled (lib/prerender.ts); the rest render on their first request and stay cached until the
// next deploy. dynamicParams is left at its default (true): `output: 'export'` refuses an explicit
// `true`, and a static export writes every post anyway.
export const revalidate = false

export function generateStaticParams() {
  return postRouteParams()
}

async function pathOf(params: Props['params']): Promise<string> {
  const { segments } = await params
  try {
    return `/${segments.map((segment) => decodeURIComponent(segment)).join('/')}/`
  } catch {
    // Rendered on request now: a malformed escape (`/%E0%A4%A/`) is no post's path, so a 404.
    return ''
  }
}

function factsOf(post: Post): PostFacts {
  return { authors: getPostAuthors(post), description: postDescription(post) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const path = await pathOf(params)
  const post = getPostByPath(path)
  if (post) return reportingFor(post, "the page's metadata", () => postMetadata(post, factsOf(post)))
  const target = getPostByAlias(path)
  return target ? redirectMetadata(target.title, postPath(target)) : {}
}

export default async function PostRoute({ params }: Props) {
  const path = await pathOf(params)
  const post = getPostByPath(path)
  if (post) {
    // Rendered here, so any failure names the post (lib/page-errors.ts).
    return renderReporting(
      <>
        <JsonLd data={await reportingFor(post, 'the structured data', () => recapJsonLd(post, factsOf(post), getPostTalks(post)))} />
        <PostPage post={post} />
      </>,
      post,
    )
  }
  const target = getPostByAlias(path)
  if (target) return renderReporting(<AliasRedirect post={target} />, target, 'the alias page', 'aliases')
  notFound()
}
