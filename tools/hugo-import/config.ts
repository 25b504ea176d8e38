import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, extname, basename } from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { ContentProblem } from '../../lib/content/problems'

/** What the importer needs from a Hugo site's configuration. */
export type HugoConfig = {
  /** Config files read, site-relative, in the order they were merged. */
  files: string[]
  /** Where content lives, site-relative ('content' unless `contentDir` says otherwise). */
  contentDir: string
  /** Folders whose files are published as-is, site-relative ('static' unless `staticDir` says otherwise). */
  staticDirs: string[]
  /** `[permalinks]` patterns for regular pages, by section name in lower case. */
  permalinks: Record<string, string>
  /** Where the section patterns were found, for the report ('[permalinks]' or '[permalinks.page]'). */
  permalinksKey?: string
}

const FORMATS = ['toml', 'yaml', 'yml', 'json'] as const
type Format = 'toml' | 'yaml' | 'json'

/** Parses one config file's text; problems carry the file and line. */
export function parseConfigText(text: string, format: Format, file: string): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const fail = (line: number, reason: string) => ({
    data: {},
    problems: [{ file, line, severity: 'error' as const, rule: 'hugo-config', reason, hint: `fix the ${format.toUpperCase()} syntax` }],
  })
  try {
    const data: unknown = format === 'toml' ? parseToml(text) : format === 'yaml' ? parseYaml(text, { schema: 'core' }) : JSON.parse(text)
    if (data === null || data === undefined) return { data: {}, problems: [] }
    if (typeof data !== 'object' || Array.isArray(data)) return fail(1, 'the configuration is not a table of settings')
    return { data: data as Record<string, unknown>, problems: [] }
  } catch (error) {
    const line = error instanceof TomlError ? error.line : error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) : 1
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return fail(line, `not valid ${format.toUpperCase()}: ${message}`)
  }
}

/** The value of a top-level key, looked up without regard to case, as Hugo does. */
function setting(data: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : data[found]
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** Section patterns from a `permalinks` table: the old form (`blog = …`) or the newer `[permalinks.page]`. */
export function sectionPermalinks(permalinks: unknown): { patterns: Record<string, string>; key: string } | undefined {
  if (!isTable(permalinks)) return undefined
  const page = setting(permalinks, 'page')
  const table = isTable(page) ? page : permalinks
  const patterns: Record<string, string> = {}
  for (const [section, pattern] of Object.entries(table)) {
    if (typeof pattern === 'string') patterns[section.replace(/^\/+|\/+$/g, '').toLowerCase()] = pattern
  }
  return { patterns, key: isTable(page) ? '[permalinks.page]' : '[permalinks]' }
}

function formatOf(file: string): Format | undefined {
  const ext = extname(file).slice(1).toLowerCase()
  return ext === 'toml' ? 'toml' : ext === 'yaml' || ext === 'yml' ? 'yaml' : ext === 'json' ? 'json' : undefined
}

/**
 * Reads a Hugo site's configuration as Hugo finds it: `hugo.*` or else `config.*` (TOML, YAML or
 * JSON) at the root, merged over `config/_default/`, where a file named after a key (e.g.
 * `permalinks.toml`) holds that key's table. Never throws.
 */
export function readHugoConfig(siteDir: string): { config: HugoConfig; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const files: string[] = []
  const merged: Record<string, unknown> = {}
  const read = (relativePath: string): Record<string, unknown> => {
    const format = formatOf(relativePath)!
    const result = parseConfigText(readFileSync(join(siteDir, relativePath), 'utf8'), format, join(siteDir, relativePath))
    problems.push(...result.problems)
    files.push(relativePath)
    return result.data
  }
  const assign = (data: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(data)) {
      const existing = Object.keys(merged).find((name) => name.toLowerCase() === key.toLowerCase())
      if (existing !== undefined) delete merged[existing]
      merged[key] = value
    }
  }

  const defaultDir = join('config', '_default')
  if (existsSync(join(siteDir, defaultDir))) {
    const names = readdirSync(join(siteDir, defaultDir)).filter((name) => formatOf(name)).sort()
    // hugo.* / config.* first, then the per-key files, which win over them.
    for (const name of names.filter((n) => /^(hugo|config)\./i.test(n))) assign(read(join(defaultDir, name)))
    for (const name of names.filter((n) => !/^(hugo|config)\./i.test(n))) {
      assign({ [basename(name, extname(name))]: read(join(defaultDir, name)) })
    }
  }
  const root = ['hugo', 'config'].flatMap((stem) => FORMATS.map((ext) => `${stem}.${ext}`)).find((name) => existsSync(join(siteDir, name)))
  if (root) assign(read(root))

  const contentDir = setting(merged, 'contentDir')
  const staticDir = setting(merged, 'staticDir')
  const permalinks = sectionPermalinks(setting(merged, 'permalinks'))
  return {
    config: {
      files,
      contentDir: typeof contentDir === 'string' && contentDir ? contentDir : 'content',
      staticDirs:
        typeof staticDir === 'string' && staticDir
          ? [staticDir]
          : Array.isArray(staticDir)
            ? staticDir.filter((dir): dir is string => typeof dir === 'string')
            : ['static'],
      permalinks: permalinks?.patterns ?? {},
      permalinksKey: permalinks?.key,
    },
    problems,
  }
}
