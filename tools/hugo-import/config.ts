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
  /** `[permalinks.section]`: the URL of a section's list page, by section name in lower case (Hugo 0.115+). */
  sectionPermalinks: Record<string, string>
  /**
   * Content roots, site-relative, each with where it lands under content/ ('' = content/ itself):
   * `module.mounts` targeting content (the default language's), else the default language's
   * `contentDir`, else `contentDir`, else content/.
   */
  contentMounts: Mount[]
  /** Folders of data files (data/ and module mounts targeting data). */
  dataDirs: string[]
  /** Folders of templates, the site's first, then its themes' (layouts/, themes/<theme>/layouts/, mounts). */
  layoutDirs: string[]
  /** The site's `params`, with the default language's own params merged over them. */
  params: Record<string, unknown>
  /** The default content language ('en' unless set). */
  language: string
}

/** A folder mounted into one of Hugo's component folders. */
export type Mount = { source: string; target: string }

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

/**
 * Section patterns from a `permalinks` table: the old form (`blog = …`), or the per-kind form
 * (`[permalinks.page]`, and `[permalinks.section]` for the sections' own list pages, Hugo 0.115+).
 */
export function sectionPermalinks(
  permalinks: unknown,
): { patterns: Record<string, string>; key: string; sections: Record<string, string> } | undefined {
  if (!isTable(permalinks)) return undefined
  const page = setting(permalinks, 'page')
  const section = setting(permalinks, 'section')
  const isPerKind = isTable(page) || isTable(section)
  const strings = (table: Record<string, unknown>) => {
    const patterns: Record<string, string> = {}
    for (const [name, pattern] of Object.entries(table)) {
      if (typeof pattern === 'string') patterns[name.replace(/^\/+|\/+$/g, '').toLowerCase()] = pattern
    }
    return patterns
  }
  return {
    patterns: strings(isPerKind ? (isTable(page) ? page : {}) : permalinks),
    key: isPerKind ? '[permalinks.page]' : '[permalinks]',
    sections: isTable(section) ? strings(section) : {},
  }
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

  const language = stringSetting(merged, 'defaultContentLanguage') ?? 'en'
  const languages = setting(merged, 'languages')
  const ownLanguage = isTable(languages) ? setting(languages, language) : undefined
  const languageTable = isTable(ownLanguage) ? ownLanguage : {}
  const contentDir = stringSetting(languageTable, 'contentDir') ?? stringSetting(merged, 'contentDir') ?? 'content'
  const staticDir = setting(merged, 'staticDir')
  const staticDirs =
    typeof staticDir === 'string' && staticDir
      ? [staticDir]
      : Array.isArray(staticDir)
        ? staticDir.filter((dir): dir is string => typeof dir === 'string')
        : ['static']
  const permalinks = sectionPermalinks(setting(merged, 'permalinks'))
  const mounts = readMounts(setting(merged, 'module'), language)
  const mountsFor = (component: string) =>
    mounts
      .filter((mount) => mount.target === component || mount.target.startsWith(component + '/'))
      .map((mount) => ({ source: mount.source, target: mount.target.slice(component.length).replace(/^\/+/, '') }))
  const contentMounts = mountsFor('content')
  const staticMounts = mountsFor('static').filter((mount) => mount.target === '')
  const themes = [setting(merged, 'theme')].flat().filter((theme): theme is string => typeof theme === 'string' && theme !== '')
  const themesDir = stringSetting(merged, 'themesDir') ?? 'themes'
  const dataDir = stringSetting(merged, 'dataDir') ?? 'data'
  const layoutDir = stringSetting(merged, 'layoutDir') ?? 'layouts'
  const params = isTable(setting(merged, 'params')) ? (setting(merged, 'params') as Record<string, unknown>) : {}
  const languageParams = setting(languageTable, 'params')
  return {
    config: {
      files,
      contentDir,
      staticDirs: staticMounts.length > 0 ? staticMounts.map((mount) => mount.source) : staticDirs,
      permalinks: permalinks?.patterns ?? {},
      permalinksKey: permalinks?.key,
      sectionPermalinks: permalinks?.sections ?? {},
      contentMounts: contentMounts.length > 0 ? contentMounts : [{ source: contentDir, target: '' }],
      dataDirs: [...new Set([dataDir, ...mountsFor('data').filter((m) => m.target === '').map((m) => m.source), ...themes.map((theme) => join(themesDir, theme, 'data'))])],
      layoutDirs: [...new Set([layoutDir, ...mountsFor('layouts').filter((m) => m.target === '').map((m) => m.source), ...themes.map((theme) => join(themesDir, theme, 'layouts'))])],
      params: isTable(languageParams) ? deepMerge(params, languageParams) : params,
      language,
    },
    problems,
  }
}

function stringSetting(data: Record<string, unknown>, key: string): string | undefined {
  const value = setting(data, key)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** `module.mounts` (`[[module.mounts]]`, or `mounts:` in config/_default/module.yaml) for the default language. */
function readMounts(module: unknown, language: string): Mount[] {
  if (!isTable(module)) return []
  const mounts = setting(module, 'mounts')
  if (!Array.isArray(mounts)) return []
  return mounts.flatMap((mount): Mount[] => {
    if (!isTable(mount)) return []
    const source = stringSetting(mount, 'source')
    const target = stringSetting(mount, 'target')
    const lang = stringSetting(mount, 'lang')
    if (!source || !target || (lang !== undefined && lang !== language)) return []
    return [{ source: source.replace(/^\.?\/+|\/+$/g, ''), target: target.replace(/^\/+|\/+$/g, '') }]
  })
}

/** `over` merged into `base`, tables key by key (a language's params over the site's). */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const existing = out[key]
    out[key] = isTable(existing) && isTable(value) ? deepMerge(existing, value) : value
  }
  return out
}
