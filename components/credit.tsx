import type { CreditPart } from '@/lib/content'

type Props = { parts: CreditPart[] }

/** A byline written as free text (`[Ada](https://…) (Company)`): its text, its links kept. */
export function Credit({ parts }: Props) {
  return (
    <>
      {parts.map((part, index) =>
        part.url ? (
          <a key={index} href={part.url} rel={part.url.startsWith('mailto:') ? undefined : 'noopener noreferrer'}>
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}
