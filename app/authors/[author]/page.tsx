import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from 'next/link'
import { getAuthor, getAuthors, getPostsByAuthor, getSpeakerForAuthor } from '@/lib/content'
import { authorPath, speakerPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { AuthorProfile } from '@/components/author-profile'
import { PostList } from '@/components/post-list'

type Props = { params: Promise<{ author: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getAuthors().map((author) => ({ author: author.slug })), { author: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).author)
  if (!author) return {}
  return pageMetadata({ title: author.name, description: author.bio ?? `Posts by ${author.name}.`, path: authorPath(author) })
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).author)
  if (!author) notFound()
  const posts = getPostsByAuthor(author)
  const speaker = getSpeakerForAuthor(author)
  return (
    <>
      <AuthorProfile author={author} postCount={posts.length} />
      {speaker && (
        <p className="more-links">
          <Link href={speakerPath(speaker)}>
            {author.name} as a speaker: {speaker.talks.length === 1 ? '1 talk' : `${speaker.talks.length} talks`}
          </Link>
        </p>
      )}
      <h2 className="section-heading">Posts</h2>
      <PostList posts={posts} headingLevel={3} />
    </>
  )
}
