import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The shared Hugo corpora beside the repository: every folder of ../shared/corpus with a manifest. */
export function corpusNames(root = join(process.cwd(), '..', 'shared', 'corpus')): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'hugo-manifest.json')))
    .map((entry) => entry.name)
    .sort()
}
