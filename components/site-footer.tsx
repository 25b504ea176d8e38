import { site } from '@/lib/site'
import { feedPath } from '@/lib/routes'

/** Who publishes the site and where to follow it. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{site.words.footer}</p>
        <ul aria-label="Follow">
          <li>
            <a href={feedPath()}>{site.words.feedLink}</a>
          </li>
          {site.social.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  )
}
