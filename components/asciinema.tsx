import { Icon } from './icon'
import styles from './embed-card.module.css'

type Props = { id: string }

/** An asciinema terminal recording as a link card: no player script from asciinema.org on the page. */
export function Asciinema({ id }: Props) {
  return (
    <p data-component="asciinema" className={styles.card}>
      <span className={styles.icon}>
        <Icon name="terminal" size={22} />
      </span>
      <span className={styles.kind}>Terminal recording on asciinema.org</span>
      <a className={styles.link} href={`https://asciinema.org/a/${encodeURIComponent(id)}`} rel="noopener noreferrer">
        Watch recording {id}
      </a>
    </p>
  )
}
