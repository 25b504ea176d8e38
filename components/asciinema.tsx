import styles from './embed-card.module.css'

type Props = { id: string }

/** An asciinema terminal recording as a link card: no player script from asciinema.org on the page. */
export function Asciinema({ id }: Props) {
  return (
    <p data-component="asciinema" className={styles.card}>
      <span className={styles.kind}>Terminal recording</span>
      <a href={`https://asciinema.org/a/${encodeURIComponent(id)}`} rel="noopener noreferrer">
        Watch recording {id}
      </a>
      <span className={styles.where}>on asciinema.org</span>
    </p>
  )
}
