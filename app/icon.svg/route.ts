import { getLogo, logoSvgFile } from '@/lib/logo'
import { site } from '@/lib/site'

// The favicon is the header's logo file in the light theme's colours, written as /icon.svg at
// build time (a static export too); rootMetadata (lib/metadata.ts) links it.
export const dynamic = 'force-static'

export function GET() {
  return new Response(logoSvgFile(getLogo(site.logo), site.theme.light), { headers: { 'Content-Type': 'image/svg+xml' } })
}
