'use client'

import { useEffect } from 'react'

/**
 * Marks the table of contents' link to the section being read (aria-current, which the CSS
 * shows), as the reader scrolls. The only client code of the contents: nothing else needs it.
 */
export function TocHighlight() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-component="table-of-contents"] a')]
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    // The current section: the last heading above the top third of the window.
    const mark = () => {
      let current = -1
      targets.forEach((target, i) => {
        if (target && target.getBoundingClientRect().top < innerHeight / 3) current = i
      })
      links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'location') : link.removeAttribute('aria-current')))
    }
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' })
    targets.forEach((target) => target && observer.observe(target))
    return () => observer.disconnect()
  }, [])
  return null
}
