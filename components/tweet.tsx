import type { ComponentProps } from 'react'
import { EmbeddedTweet, type TwitterComponents } from 'react-tweet'
import type { MediaDetails, Tweet as TweetData } from 'react-tweet/api'
import { getCachedTweet, tweetUrl } from '@/lib/tweets'
import styles from './tweet.module.css'

type Props = { id: string; user?: string }

/**
 * A tweet, rendered at build time with react-tweet's EmbeddedTweet from the committed cache
 * (content/tweets/<id>.json); its avatar and images come from the site's own copies under public/.
 * Not cached, deleted or private: an accessible card that links to the tweet on X. Never fetches.
 */
export function Tweet({ id, user }: Props) {
  const cached = getCachedTweet(id)
  if (cached.status === 'ok') {
    return (
      <div data-component="tweet" className={styles.root}>
        <EmbeddedTweet tweet={forThisSite(cached.tweet)} components={localImages(cached.files)} />
      </div>
    )
  }
  const isGone = cached.status === 'deleted' || cached.status === 'private'
  const handle = (user ?? (isGone ? cached.user : undefined))?.replace(/^@/, '')
  const by = handle ? ` by @${handle}` : ''
  return (
    <figure data-component="tweet" className={styles.card}>
      <svg className={styles.logo} viewBox="0 0 24 24" aria-hidden="true">
        <path d="M18.2 2.3h3.4l-7.3 8.4 8.6 11.3h-6.7l-5.3-6.9-6 6.9H1.5l7.8-8.9L1.1 2.3H8l4.8 6.3 5.4-6.3zm-1.2 17.7h1.9L7.1 4.2H5.1L17 20z" />
      </svg>
      <p className={styles.text}>{isGone ? `This post${by} is no longer available on X.` : `A post${by} on X.`}</p>
      <a className={styles.link} href={tweetUrl(id)} rel="noopener noreferrer">
        {isGone ? `Try the post${by} on X` : `View the post${by} on X`}
      </a>
    </figure>
  )
}

/**
 * The tweet as this site shows it: videos as their poster image (the player would stream from X),
 * no business badge image and no images in quoted tweets (react-tweet loads those from X directly,
 * past the `components` prop).
 */
function forThisSite(tweet: TweetData): TweetData {
  const { highlighted_label: _badge, ...user } = tweet.user
  return {
    ...tweet,
    user,
    mediaDetails: tweet.mediaDetails?.map(asPhoto),
    quoted_tweet: tweet.quoted_tweet && { ...tweet.quoted_tweet, mediaDetails: undefined },
  }
}

function asPhoto(media: MediaDetails): MediaDetails {
  if (media.type === 'photo') return media
  const { video_info: _video, type: _type, ...rest } = media
  return { ...rest, type: 'photo', ext_alt_text: 'Video poster; the video plays on X' }
}

/** Images from the local copies `tweets:sync` saved; without one, a blank box (never a request to X). */
function localImages(files: Record<string, string>): TwitterComponents {
  return {
    AvatarImg: (props) => <LocalImage {...props} files={files} />,
    MediaImg: (props) => <LocalImage {...props} files={files} />,
  }
}

function LocalImage({ files, src, alt, ...props }: ComponentProps<'img'> & { files: Record<string, string> }) {
  const local = typeof src === 'string' ? files[src] : undefined
  if (!local) return <span className={styles.missing} role="img" aria-label={alt} style={{ width: props.width, height: props.height }} />
  return <img {...props} src={local} alt={alt} loading="lazy" decoding="async" />
}
