import { site } from '@/lib/site'
import { themeStylesheet } from '@/lib/theme-stylesheet'

// The palette of site.config.ts, written as /theme.css at build time (a static export too) and
// linked by app/layout.tsx: a file, because the CSP allows no inline styles.
export const dynamic = 'force-static'

export function GET() {
  return new Response(themeStylesheet(site.theme), { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
