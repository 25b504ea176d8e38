import { Children, isValidElement, type ReactNode } from 'react'
import styles from './talk-list.module.css'

type Props = { event?: string; children?: ReactNode }

/** A conference's talk recordings as a list of cards; the pipeline turns a Markdown list into <Talk>s. */
export function TalkList({ event, children }: Props) {
  const talks = Children.toArray(children).filter(isValidElement)
  const label = event ? `Talk recordings from ${event}` : 'Talk recordings'
  return (
    <section data-component="talk-list" className={styles.root} aria-label={label}>
      <p className={styles.heading} aria-hidden="true">
        {label} <span className={styles.count}>{talks.length === 1 ? '1 talk' : `${talks.length} talks`}</span>
      </p>
      <ul className={styles.list}>
        {talks.map((talk) => (
          <li key={talk.key}>{talk}</li>
        ))}
      </ul>
    </section>
  )
}
