import type { ReactNode } from 'react'
import styles from './table.module.css'

type Props = { caption?: string; children?: ReactNode }

/** A wide table in a scrollable box that keyboards can reach; Markdown (a table) inside. */
export function Table({ caption, children }: Props) {
  return (
    // A scrollable region must be focusable, or keyboard users cannot scroll it.
    <div data-component="table" className={styles.root} role="region" aria-label={caption?.trim() || 'Table'} tabIndex={0}>
      {caption && <p className={styles.caption}>{caption}</p>}
      {children}
    </div>
  )
}
