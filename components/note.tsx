import { useId, type ReactNode } from 'react'
import { Icon } from './icon'
import styles from './note.module.css'

type Props = { title?: string; children?: ReactNode }

/** A callout for an aside the reader should not miss; Markdown inside. */
export function Note({ title, children }: Props) {
  return (
    <Callout kind="note" title={title?.trim() || 'Note'}>
      {children}
    </Callout>
  )
}

/** A callout for something that can go wrong; Markdown inside. */
export function Warning({ title, children }: Props) {
  return (
    <Callout kind="warning" title={title?.trim() || 'Warning'}>
      {children}
    </Callout>
  )
}

function Callout({ kind, title, children }: { kind: 'note' | 'warning'; title: string; children?: ReactNode }) {
  const id = useId()
  return (
    <aside data-component={kind} role="note" aria-labelledby={id} className={`${styles.callout} ${styles[kind]}`}>
      <p id={id} className={styles.title}>
        <Icon name={kind} size={20} />
        {title}
      </p>
      {children}
    </aside>
  )
}
