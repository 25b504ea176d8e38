import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { getLogo } from '@/lib/logo'
import { site } from '@/lib/site'

type Props = { className: string; size: number }

/**
 * The logo of site.config.ts, inline so that CSS paints it: `currentColor` is the element's
 * `color`, and `.logo-cutout` shapes get a fill of their own (app/styles/site.css). Decorative:
 * the site's name stands beside it.
 */
export function SiteLogo({ className, size }: Props) {
  const logo = getLogo(site.logo)
  return (
    <svg className={className} aria-hidden="true" viewBox={logo.viewBox} width={size} height={size}>
      {toJsxRuntime({ type: 'root', children: logo.shapes }, { Fragment, jsx, jsxs, space: 'svg' })}
    </svg>
  )
}
