import { Fragment } from 'react'
import { formatTimestamp, parseSpeakers, parseStartTime, recordingSite } from '@/lib/talks'
import styles from './talk.module.css'

type Props = { title: string; url: string; speakers: string; start?: string }

/** One talk: its title linking to the recording, its speakers and their organisations, and where the recording starts. */
export function Talk({ title, url, speakers, start }: Props) {
  const people = parseSpeakers(speakers)
  const seconds = start ? Number(start) : parseStartTime(url)
  const where = recordingSite(url)
  return (
    <article data-component="talk" className={styles.card}>
      <a className={styles.title} href={url} rel="noopener noreferrer">
        {title}
      </a>
      <p className={styles.speakers}>
        {people.map((person, index) => (
          <Fragment key={`${person.name}-${index}`}>
            {index > 0 && ' & '}
            <span>
              {person.name}
              {person.organisation && <span className={styles.organisation}>, {person.organisation}</span>}
            </span>
          </Fragment>
        ))}
      </p>
      <p className={styles.meta}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5 3.5v9l7-4.5z" />
        </svg>
        Recording{where ? ` on ${where}` : ''}
        {seconds !== undefined && seconds > 0 && <> · starts at {formatTimestamp(seconds)}</>}
      </p>
    </article>
  )
}
