import { site } from '@/lib/site'
import { feedPath } from '@/lib/routes'

/** Who publishes the site and where to follow it. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          {site.publisher}. {site.description}
        </p>
        <ul aria-label="Follow">
          <li>
            <a href={feedPath()}>RSS feed</a>
          </li>
          <li>
            <a href={site.social.github}>GitHub</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
