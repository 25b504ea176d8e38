import { join } from 'node:path'
import { loadContent, type SiteContent } from '@/lib/content'
import type { PipelineContext } from '@/lib/markdown/pipeline'
import { production } from './content-dir'

/** The public/ folder the fixtures' images live in (the site's own). */
export const publicDir = join(process.cwd(), 'public')

/** Plugin context for fixture posts: no ref resolves, images come from public/. */
export const fixtureContext: PipelineContext = { resolveRef: () => undefined, publicDir }

/** A content folder under tests/fixtures/publishing/, read as a production build would. */
export function loadFixture(name: string): SiteContent {
  return loadContent({
    contentDir: join(process.cwd(), 'tests/fixtures/publishing', name),
    publicDir,
    visibility: production,
    now: Date.now(),
  })
}
