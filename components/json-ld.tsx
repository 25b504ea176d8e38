import { serializeJsonLd } from '@/lib/metadata'

type Props = { data: object }

/** Structured data for search engines, serialized so nothing in it can end the script element. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
