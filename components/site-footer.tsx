import { site } from '@/lib/site'
import { feedPath } from '@/lib/routes'

/** Who publishes the site and where to follow it. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {site.publisher} · <a href={feedPath()}>RSS feed</a> · <a href={site.social.github}>GitHub</a>
        </p>
      </div>
    </footer>
  )
}
