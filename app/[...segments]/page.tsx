import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllPosts, getPostAuthors, getPostByAlias, getPostByPath, getSectionPage, getSections, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { postJsonLd, postMetadata, redirectMetadata, sectionFeedLink, pageMetadata, type PostFacts } from '@/lib/metadata'
import { paginate, pageNumbers } from '@/lib/pagination'
import { pathToSegments, postPath, sectionPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { PostPage } from '@/components/post-page'
import { AliasRedirect } from '@/components/alias-redirect'
import { JsonLd } from '@/components/json-ld'
import { PostListPage } from '@/components/post-list-page'
import { PageRedirect } from '@/components/page-redirect'

type Props = { params: Promise<{ segments: string[] }> }

// Every post at its permalink (Hugo's /YYYY/MM/DD/slug/ or a folder's own pattern), every
// `aliases` path as a redirect page, and every Hugo section's list (/blog/2023/, its
// /page/<n>/ pages, /page/1/ leading back to the list as Hugo's did); anything else is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  const posts = getAllPosts().flatMap((post) => [post.path, ...post.aliases])
  const sections = getSections().flatMap((section) => [
    section.path,
    ...pageNumbers(section.posts.length, site.postsPerPage).map((page) => `${section.path}page/${page}/`),
  ])
  return exportableParams([...posts, ...sections].map((path) => ({ segments: pathToSegments(path) })), { segments: [EMPTY_PARAM] })
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
  if (post) return postMetadata(post, factsOf(post))
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
    feeds: [sectionFeedLink(section)],
  })
}

export default async function PostRoute({ params }: Props) {
  const path = await pathOf(params)
  const post = getPostByPath(path)
  if (post) {
    return (
      <>
        <JsonLd data={postJsonLd(post, factsOf(post))} />
        <PostPage post={post} />
      </>
    )
  }
  const target = getPostByAlias(path)
  if (target) return <AliasRedirect post={target} />
  const list = getSectionPage(path)
  if (!list) notFound()
  const { section } = list
  if (list.page === 1 && path !== section.path) return <PageRedirect title={section.title} to={sectionPath(section)} />
  const page = paginate(section.posts, list.page, site.postsPerPage)
  if (!page) notFound()
  const intro = section.description ? <p>{section.description}</p> : undefined
  return <PostListPage title={section.title} intro={intro} page={page} pathFor={(n) => sectionPath(section, n)} />
}
