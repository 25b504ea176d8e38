import type { Author } from '@/lib/content'
import { Icon } from './icon'

type Props = { author: Author; postCount: number }

/** An author's name, avatar, bio and links, at the top of their page. */
export function AuthorProfile({ author, postCount }: Props) {
  return (
    <header className="page-header author-profile">
      {author.avatar && <img className="author-profile__avatar" src={author.avatar} alt="" width={96} height={96} />}
      <div>
        <h1>{author.name}</h1>
        {author.bio && <p>{author.bio}</p>}
        <p className="author-profile__count">
          {postCount} {postCount === 1 ? 'post' : 'posts'}
        </p>
        {author.links.length > 0 && (
          <ul className="author-profile__links" aria-label={`${author.name} elsewhere`}>
            {author.links.map((link) => (
              <li key={link.url}>
                <a className="with-icon" href={link.url} rel="me noopener noreferrer">
                  {link.label} <Icon name="external" size={14} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  )
}
