import type { ComponentProps } from 'react'
import Link from 'next/link'

/**
 * Links in posts: site pages go through next/link (client-side navigation, no prefetch burst on
 * link-heavy posts), other sites get rel="noopener noreferrer", anchors and files stay plain.
 */
export function SmartLink({ href, rel, children, ...props }: ComponentProps<'a'>) {
  if (href && isSitePage(href)) {
    return (
      <Link href={href} rel={rel} prefetch={false} {...props}>
        {children}
      </Link>
    )
  }
  const isExternal = href !== undefined && /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href) && !/^mailto:|^tel:/i.test(href)
  const relation = isExternal ? [...new Set([...(rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])].join(' ') : rel
  return (
    <a href={href} rel={relation} {...props}>
      {children}
    </a>
  )
}

/** `/2019/05/18/post/`, not `//cdn…`, `#anchor` or `/uploads/file.pdf`. */
function isSitePage(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false
  const path = href.split(/[?#]/)[0]
  return !/\.[a-z\d]{1,5}$/i.test(path)
}
