import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllPosts, getPostAuthors, getPostByAlias, getPostByPath, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { postJsonLd, postMetadata, redirectMetadata, type PostFacts } from '@/lib/metadata'
import { pathToSegments, postPath } from '@/lib/routes'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { PostPage } from '@/components/post-page'
import { AliasRedirect } from '@/components/alias-redirect'
import { JsonLd } from '@/components/json-ld'
import { renderReporting, reportingFor } from '@/lib/page-errors'

type Props = { params: Promise<{ segments: string[] }> }

// Every post at its permalink (Hugo's /YYYY/MM/DD/slug/ or a folder's own pattern), and every
// `aliases` path as a redirect page; anything else is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  const params = getAllPosts().flatMap((post) => [post.path, ...post.aliases].map((path) => ({ segments: pathToSegments(path) })))
  return exportableParams(params, { segments: [EMPTY_PARAM] })
}

async function pathOf(params: Props['params']): Promise<string> {
  const { segments } = await params
  return `/${segments.map((segment) => decodeURIComponent(segment)).join('/')}/`
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
        <JsonLd data={await reportingFor(post, 'the structured data', () => postJsonLd(post, factsOf(post)))} />
        <PostPage post={post} />
      </>,
      post,
    )
  }
  const target = getPostByAlias(path)
  if (target) return renderReporting(<AliasRedirect post={target} />, target, 'the alias page', 'aliases')
  notFound()
}
