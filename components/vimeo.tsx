import { vimeoPlayerUrl, vimeoWatchUrl } from '@/lib/video-urls'
import { YouTubePlayer } from './you-tube-player'
import styles from './you-tube.module.css'

type Props = { id: string; hash?: string; title?: string }

/**
 * A Vimeo video, like <YouTube>: a poster with the title and a play button that loads nothing,
 * and Vimeo's player (with dnt=1: no tracking cookies) only on click. Posts get it from a Vimeo
 * iframe in their HTML, from Hugo's `{{< vimeo ID >}}`, or as <Vimeo id="…" />.
 */
export function Vimeo({ id, hash, title }: Props) {
  const label = title?.trim() || 'Vimeo video'
  const embedUrl = vimeoPlayerUrl(id, hash)
  const watchUrl = vimeoWatchUrl(id, hash)
  return (
    <figure data-component="vimeo" className={styles.root}>
      <YouTubePlayer embedUrl={embedUrl} title={label} className={styles.frame}>
        <span className={styles.play} aria-hidden="true">
          <svg viewBox="0 0 68 48">
            <rect x="1" y="1" width="66" height="46" rx="10" fill="#1ab7ea" />
            <path className={styles.triangle} d="M45 24 27 14v20z" />
          </svg>
        </span>
        <span className={styles.title}>{label}</span>
      </YouTubePlayer>
      <figcaption className={styles.caption}>
        <a href={watchUrl} rel="noopener noreferrer">
          Watch on Vimeo
        </a>
      </figcaption>
    </figure>
  )
}
