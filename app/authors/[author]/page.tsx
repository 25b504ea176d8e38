import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAuthor, getAuthors, getPostsByAuthor } from '@/lib/content'
import { authorPath } from '@/lib/routes'
import { AuthorProfile } from '@/components/author-profile'
import { PostList } from '@/components/post-list'

type Props = { params: Promise<{ author: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).author)
  if (!author) return {}
  return { title: author.name, description: author.bio, alternates: { canonical: authorPath(author) } }
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).author)
  if (!author) notFound()
  const posts = getPostsByAuthor(author)
  return (
    <>
      <AuthorProfile author={author} postCount={posts.length} />
      <h2 className="section-heading">Posts</h2>
      <PostList posts={posts} headingLevel={3} />
    </>
  )
}
