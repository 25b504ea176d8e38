import Link from 'next/link'
import type { Speaker } from '@/lib/content'
import { formatDayRange, formatLongDay } from '@/lib/dates'
import { eventPath, postPath, speakerPath } from '@/lib/routes'
import { formatTimestamp, recordingSite } from '@/lib/talks'
import { Icon } from './icon'

type Props = { speaker: Speaker }

/**
 * Every talk of a speaker, newest first: the title linking to the recording, who they gave it
 * with, their affiliation as that talk's list wrote it, the event and the recap that lists it.
 */
export function SpeakerTalks({ speaker }: Props) {
  return (
    <ol className="speaker-talks">
      {speaker.talks.map(({ talk, organisation }) => {
        const others = talk.speakers.filter((other) => other.slug !== speaker.slug)
        const where = recordingSite(talk.url)
        const day = talk.event?.start ? formatDayRange(talk.event.start, talk.event.end) : formatLongDay(talk.post.day)
        return (
          <li key={`${talk.post.id}-${talk.line}`}>
            <article className="speaker-talk">
              <h3>
                <a href={talk.url} rel="noopener noreferrer">
                  {talk.title}
                </a>
              </h3>
              <p className="speaker-talk__meta">
                {talk.event ? <Link href={eventPath(talk.event)}>{talk.event.name}</Link> : <span>{day}</span>}
                {talk.event && <span>{day}</span>}
                {organisation && <span>as {organisation}</span>}
              </p>
              {others.length > 0 && (
                <p className="speaker-talk__with">
                  With{' '}
                  {others.map((other, index) => (
                    <span key={other.slug}>
                      {index > 0 && (index === others.length - 1 ? ' and ' : ', ')}
                      <Link href={speakerPath(other)}>{other.name}</Link>
                    </span>
                  ))}
                </p>
              )}
              <p className="speaker-talk__meta">
                <span className="with-icon">
                  <Icon name="play" size={12} /> Recording{where ? ` on ${where}` : ''}
                  {talk.start !== undefined && talk.start > 0 ? `, from ${formatTimestamp(talk.start)}` : ''}
                </span>
                <span>
                  Listed in <Link href={postPath(talk.post)}>{talk.post.title}</Link>
                </span>
              </p>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
