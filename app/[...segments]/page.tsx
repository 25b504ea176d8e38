import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllPosts, getPostByAlias, getPostByPath } from '@/lib/content'
import { pathToSegments, postPath } from '@/lib/routes'
import { PostPage } from '@/components/post-page'
import { AliasRedirect } from '@/components/alias-redirect'

type Props = { params: Promise<{ segments: string[] }> }

// Every post at its permalink (Hugo's /YYYY/MM/DD/slug/ or a folder's own pattern), and every
// `aliases` path as a redirect page; anything else is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return getAllPosts().flatMap((post) => [post.path, ...post.aliases].map((path) => ({ segments: pathToSegments(path) })))
}

async function pathOf(params: Props['params']): Promise<string> {
  const { segments } = await params
  return `/${segments.map((segment) => decodeURIComponent(segment)).join('/')}/`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const path = await pathOf(params)
  const post = getPostByPath(path)
  if (post) {
    return {
      title: post.title,
      description: post.description,
      alternates: { canonical: postPath(post) },
    }
  }
  const target = getPostByAlias(path)
  return target ? { title: target.title, alternates: { canonical: postPath(target) }, robots: { index: false } } : {}
}

export default async function PostRoute({ params }: Props) {
  const path = await pathOf(params)
  const post = getPostByPath(path)
  if (post) return <PostPage post={post} />
  const target = getPostByAlias(path)
  if (target) return <AliasRedirect post={target} />
  notFound()
}
