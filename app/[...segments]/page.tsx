import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPostAuthors, getPostByAlias, getPostByPath, getPostTalks, getSectionPage, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { postMetadata, redirectMetadata, sectionFeedLinks, pageMetadata, type PostFacts } from '@/lib/metadata'
import { recapJsonLd } from '@/lib/structured-data'
import { paginate } from '@/lib/pagination'
import { postPath, sectionPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { postRouteParams } from '@/lib/prerender'
import { PostPage } from '@/components/post-page'
import { AliasRedirect } from '@/components/alias-redirect'
import { JsonLd } from '@/components/json-ld'
import { renderReporting, reportingFor } from '@/lib/page-errors'
import { PostListPage } from '@/components/post-list-page'
import { PageRedirect } from '@/components/page-redirect'
import { FeedLinks } from '@/components/feed-links'

type Props = { params: Promise<{ segments: string[] }> }

// Every post at its permalink (Hugo's /YYYY/MM/DD/slug/ or a folder's own pattern), every
// `aliases` path as a redirect page, and every Hugo section's list (/blog/2023/, its
// /page/<n>/ pages, /page/1/ leading back to the list as Hugo's did); anything else is a 404
// (notFound() below). The newest posts (`prerender` in site.config.ts) and every section list are
// written at build time, after every post was checked and compiled (lib/prerender.ts); the rest
// render on their first request and stay cached until the next deploy. dynamicParams is left at
// its default (true): `output: 'export'` refuses an explicit `true`, and a static export writes
// every post anyway.
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
  if (target) return redirectMetadata(target.title, postPath(target))
  const list = getSectionPage(path)
  if (!list) return {}
  const { section, page } = list
  if (page === 1 && path !== section.path) return redirectMetadata(section.title, sectionPath(section))
  return pageMetadata({
    title: page > 1 ? `${section.title}, page ${page}` : section.title,
    description: section.description,
    path: sectionPath(section, page),
  })
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
  const list = getSectionPage(path)
  if (!list) notFound()
  const { section } = list
  if (list.page === 1 && path !== section.path) return <PageRedirect title={section.title} to={sectionPath(section)} />
  const page = paginate(section.posts, list.page, site.postsPerPage)
  if (!page) notFound()
  const intro = section.description ? <p>{section.description}</p> : undefined
  return (
    <>
      <FeedLinks feeds={sectionFeedLinks(section)} />
      <PostListPage title={section.title} intro={intro} page={page} pathFor={(n) => sectionPath(section, n)} />
    </>
  )
}
