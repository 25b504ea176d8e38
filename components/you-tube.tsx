import { formatTimestamp } from '@/lib/talks'
import { YouTubePlayer } from './you-tube-player'
import styles from './you-tube.module.css'

type Props = { id: string; title?: string; start?: string; end?: string }

/**
 * A YouTube video that costs nothing until asked for: a poster with the title and a play button
 * (no request to YouTube), which becomes the youtube-nocookie player on click. A plain link to the
 * video works without JavaScript.
 */
export function YouTube({ id, title, start, end }: Props) {
  const label = title?.trim() || 'YouTube video'
  const params = new URLSearchParams({ autoplay: '1' })
  if (start) params.set('start', start)
  if (end) params.set('end', end)
  const embedUrl = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?${params}`
  const watchUrl = `https://www.youtube.com/watch?v=${encodeURIComponent(id)}${start ? `&t=${start}s` : ''}`
  return (
    <figure data-component="you-tube" className={styles.root}>
      <YouTubePlayer embedUrl={embedUrl} title={label} className={styles.frame}>
        <span className={styles.play} aria-hidden="true">
          <svg viewBox="0 0 68 48">
            <path d="M66.5 7.7a8.5 8.5 0 0 0-6-6C55.3.3 34 .3 34 .3s-21.3 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 12.9.1 24 .1 24s0 11.1 1.4 16.3a8.5 8.5 0 0 0 6 6C12.7 47.7 34 47.7 34 47.7s21.3 0 26.5-1.4a8.5 8.5 0 0 0 6-6c1.4-5.2 1.4-16.3 1.4-16.3s0-11.1-1.4-16.3z" />
            <path className={styles.triangle} d="M45 24 27 14v20z" />
          </svg>
        </span>
        <span className={styles.title}>{label}</span>
      </YouTubePlayer>
      <figcaption className={styles.caption}>
        <a href={watchUrl} rel="noopener noreferrer">
          Watch on YouTube
        </a>
        {start && <span> · from {formatTimestamp(Number(start))}</span>}
      </figcaption>
    </figure>
  )
}
