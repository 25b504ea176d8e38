import styles from './embed-card.module.css'

type Props = { user: string; id: string; file?: string }

/** A GitHub gist as a link card: Hugo's gist loads a script from GitHub, this page loads nothing. */
export function Gist({ user, id, file }: Props) {
  const url = `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}${file ? `#file-${file.replace(/[^\w-]+/g, '-').toLowerCase()}` : ''}`
  return (
    <p data-component="gist" className={styles.card}>
      <span className={styles.kind}>Gist</span>
      <a href={url} rel="noopener noreferrer">
        {file ? `${file}, a gist by ${user}` : `A gist by ${user}`}
      </a>
      <span className={styles.where}>on GitHub</span>
    </p>
  )
}
