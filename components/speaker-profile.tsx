import Link from 'next/link'
import type { Speaker } from '@/lib/content'
import { authorPath } from '@/lib/routes'
import { Icon } from './icon'

type Props = { speaker: Speaker }

/** A speaker's name, avatar, bio, organisations and links, at the top of their page; a link to their author page when they write here too. */
export function SpeakerProfile({ speaker }: Props) {
  const organisations = [...new Set(speaker.talks.flatMap(({ organisation }) => (organisation ? [organisation] : [])))]
  const count = speaker.talks.length
  return (
    <header className="page-header author-profile">
      {speaker.avatar && <img className="author-profile__avatar" src={speaker.avatar} alt="" width={96} height={96} />}
      <div>
        <p className="eyebrow">Speaker</p>
        <h1>{speaker.name}</h1>
        {speaker.bio && <p>{speaker.bio}</p>}
        <p className="author-profile__count">
          {count === 1 ? '1 talk' : `${count} talks`}
          {organisations.length > 0 && <> · {organisations.join(', ')}</>}
        </p>
        {speaker.author && (
          <p>
            <Link href={authorPath(speaker.author)}>Posts by {speaker.author.name}</Link>
          </p>
        )}
        {speaker.links.length > 0 && (
          <ul className="author-profile__links" aria-label={`${speaker.name} elsewhere`}>
            {speaker.links.map((link) => (
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
