import { formatTimestamp } from '@/lib/talks'
import { youTubePlayerUrl, youTubeWatchUrl } from '@/lib/video-urls'
import { Icon } from './icon'
import { YouTubePlayer } from './you-tube-player'
import styles from './you-tube.module.css'

type Props = { id: string; title?: string; start?: string; end?: string }

/**
 * A YouTube video that costs nothing until asked for: a poster in the theme's colours with the
 * title and a play button (no request to YouTube), which becomes the youtube-nocookie player on
 * click. A plain link to the video works without JavaScript.
 */
export function YouTube({ id, title, start, end }: Props) {
  const label = title?.trim() || 'YouTube video'
  const embedUrl = youTubePlayerUrl(id, { start, end })
  const watchUrl = youTubeWatchUrl(id, start)
  return (
    <figure data-component="you-tube" className={styles.root}>
      <YouTubePlayer embedUrl={embedUrl} title={label} className={styles.frame}>
        <span className={styles.kind}>Video</span>
        <span className={styles.bottom}>
          <span className={styles.play}>
            <Icon name="play" size={28} />
          </span>
          <span className={styles.title}>{label}</span>
        </span>
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
