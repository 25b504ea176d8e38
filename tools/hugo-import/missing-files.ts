/** content/missing-files.yml: files posts name that the imported Hugo site did not have either. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parse as parseYaml } from 'yaml'

/** content/missing-files.yml with `paths` added (kept sorted, each once); what was there stays. */
export function mergeMissingText(existing: string | undefined, paths: string[]): { text: string; added: string[] } {
  const header =
    '# Files posts name that the imported Hugo site did not have either: their pages show them broken, as\n' +
    "# Hugo's did, and npm run check warns. Add each file, then remove its line. (npm run import:hugo)\n"
  const parsed: unknown = existing === undefined ? [] : parseYaml(existing, { schema: 'core' })
  const current = Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : []
  const added = paths.filter((path) => !current.includes(path))
  const all = [...new Set([...current, ...added])].sort()
  const text = (existing?.split('\n').filter((line) => line.startsWith('#')).join('\n') ?? header.trimEnd()) + '\n' + all.map((path) => `- ${JSON.stringify(path)}`).join('\n') + '\n'
  return { text, added }
}

/** Writes `text` at `target`, replacing what is there. */
export function writeText(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true })
  rmSync(target, { force: true })
  writeFileSync(target, text)
}

