import type { ComponentProps } from 'react'
import { QuotedTweetBody, QuotedTweetHeader, TweetBody, TweetContainer, TweetHeader, TweetInReplyTo, TweetInfo, TweetReplies, enrichTweet, type EnrichedTweet, type TwitterComponents } from 'react-tweet'
import { getCachedTweet, mediaUrl, tweetUrl } from '@/lib/tweets'
import styles from './tweet.module.css'

type Props = { id: string; user?: string }

/**
 * A tweet, rendered at build time from the committed cache (content/tweets/<id>.json) with
 * react-tweet's theme and server components; its avatar and images come from the site's own
 * copies under public/. Not cached, deleted or private: an accessible card that links to the tweet
 * on X. Never fetches.
 *
 * Why not react-tweet's EmbeddedTweet as a whole: it brings three client components (copy-link
 * button, video player, clickable quote; 1.8 kB gzip on every post page, since posts share one
 * route), and loads quoted tweets' images and video posters from X past its `components` prop.
 * The same parts, composed here on the server, ship no JavaScript and make no request to X.
 */
export function Tweet({ id, user }: Props) {
  const cached = getCachedTweet(id)
  if (cached.status === 'ok') return <CachedTweet tweet={enrichTweet(cached.tweet)} files={cached.files} />
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

function CachedTweet({ tweet, files }: { tweet: EnrichedTweet; files: Record<string, string> }) {
  // The business badge is an image on X's servers; the name and verified mark say enough.
  const user = { ...tweet.user, highlighted_label: undefined }
  const components = localImages(files)
  const quoted = tweet.quoted_tweet
  return (
    <div data-component="tweet" className={styles.root}>
      <TweetContainer>
        <TweetHeader tweet={{ ...tweet, user }} components={components} />
        {tweet.in_reply_to_status_id_str && <TweetInReplyTo tweet={tweet} />}
        <TweetBody tweet={tweet} />
        {tweet.mediaDetails?.length ? <Media tweet={tweet} files={files} /> : null}
        {quoted && (
          <div className={styles.quoted}>
            <QuotedTweetHeader tweet={{ ...quoted, user: { ...quoted.user, highlighted_label: undefined } }} components={components} />
            <QuotedTweetBody tweet={quoted} />
          </div>
        )}
        <TweetInfo tweet={tweet} />
        <TweetReplies tweet={tweet} />
      </TweetContainer>
    </div>
  )
}

/** Photos, and videos as their poster (the player would stream from X), each linking to the tweet. */
function Media({ tweet, files }: { tweet: EnrichedTweet; files: Record<string, string> }) {
  const media = tweet.mediaDetails ?? []
  return (
    <div className={styles.media} data-count={Math.min(media.length, 4)}>
      {media.map((item) => (
        <a key={item.media_url_https} href={tweet.url} rel="noopener noreferrer" className={styles.mediaLink}>
          <LocalImage
            files={files}
            src={mediaUrl(item, 'small')}
            alt={item.type === 'photo' ? item.ext_alt_text || 'Image' : 'Video poster; the video plays on X'}
            width={item.original_info.width}
            height={item.original_info.height}
          />
        </a>
      ))}
    </div>
  )
}

/** Images from the local copies `tweets:sync` saved; without one, a blank box (never a request to X). */
function localImages(files: Record<string, string>): TwitterComponents {
  return {
    AvatarImg: (props) => <LocalImage {...props} files={files} />,
    MediaImg: (props) => <LocalImage {...props} files={files} />,
  }
}

function LocalImage({ files, src, alt, ...props }: ComponentProps<'img'> & { files: Record<string, string> }) {
  const local = typeof src === 'string' && Object.hasOwn(files, src) ? files[src] : undefined
  if (!local) return <span className={styles.missing} role="img" aria-label={alt} />
  return <img {...props} src={local} alt={alt} loading="lazy" decoding="async" />
}
