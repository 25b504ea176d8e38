import { Icon } from './icon'
import styles from './embed-card.module.css'

type Props = { user: string; id: string; file?: string }

/** A GitHub gist as a link card: Hugo's gist loads a script from GitHub, this page loads nothing. */
export function Gist({ user, id, file }: Props) {
  const url = `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}${file ? `#file-${file.replace(/[^\w-]+/g, '-').toLowerCase()}` : ''}`
  return (
    <p data-component="gist" className={styles.card}>
      <span className={styles.icon}>
        <Icon name="code" size={22} />
      </span>
      <span className={styles.kind}>Gist on GitHub</span>
      <a className={styles.link} href={url} rel="noopener noreferrer">
        {file ? `${file}, a gist by ${user}` : `A gist by ${user}`}
      </a>
    </p>
  )
}
