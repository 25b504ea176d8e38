import { Fragment } from 'react'
import Link from 'next/link'
import { findSpeakerSlug } from '@/lib/content'
import { speakerPath } from '@/lib/routes'
import { formatTimestamp, parseSpeakers, recordingSite } from '@/lib/talks'
import { parseStartTime } from '@/lib/video-urls'
import { Icon } from './icon'
import styles from './talk.module.css'

type Props = { title: string; url: string; speakers?: string; start?: string }

/**
 * One talk: its title linking to the recording, its speakers (each linking to their page) with
 * their organisations, and where the recording starts.
 */
export function Talk({ title, url, speakers = '', start }: Props) {
  const people = parseSpeakers(speakers)
  const seconds = start ? Number(start) : parseStartTime(url)
  const where = recordingSite(url)
  return (
    <article data-component="talk" className={styles.card}>
      <a className={styles.title} href={url} rel="noopener noreferrer">
        {title}
      </a>
      {people.length > 0 && (
        <p className={styles.speakers}>
          {people.map((person, index) => {
            const slug = findSpeakerSlug(person.name)
            return (
              <Fragment key={`${person.name}-${index}`}>
                {index > 0 && ' & '}
                <span>
                  {slug ? (
                    <Link className={styles.speaker} href={speakerPath({ slug })}>
                      {person.name}
                    </Link>
                  ) : (
                    person.name
                  )}
                  {person.organisation && <span className={styles.organisation}>, {person.organisation}</span>}
                </span>
              </Fragment>
            )
          })}
        </p>
      )}
      <p className={styles.meta}>
        <span className={styles.play}>
          <Icon name="play" size={12} />
        </span>
        Recording{where ? ` on ${where}` : ''}
        {seconds !== undefined && seconds > 0 && <> · starts at {formatTimestamp(seconds)}</>}
      </p>
    </article>
  )
}
