import Link from 'next/link'

type Props = { title: string; to: string }

/**
 * A page that only sends readers on: a meta refresh, as Hugo writes its aliases, so the redirect
 * also works on a static host, and a link for readers whose browser does not follow it.
 */
export function PageRedirect({ title, to }: Props) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1>{title}</h1>
      <p>
        This page has moved to <Link href={to}>{to}</Link>.
      </p>
    </>
  )
}
