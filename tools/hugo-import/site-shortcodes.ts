/**
 * A Hugo site's own shortcodes (`layouts/shortcodes/`, `layouts/_shortcodes/` since Hugo 0.146,
 * and its themes'), read to guess what each becomes in recap: nothing, its inner content, a
 * component, fixed HTML, or a question for the site's owner (`ask`). The guesses go to
 * content/shortcodes.yml, one line each with the reason, for a person to check.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml'
import { listFiles } from '../../lib/files'
import { SHORTCODES } from '../../lib/markdown/shortcodes'

/**
 * Shortcodes recap renders itself (lib/markdown/shortcodes.ts and hugo-source.ts) as the site
 * meant them. recap's own `gallery` is not Hugo's: a theme's `gallery` template means something
 * else, so it gets a guess like any site shortcode (and the guess overrides the built-in).
 */
export const BUILT_IN_SHORTCODES = new Set([...Object.keys(SHORTCODES).filter((name) => name !== 'gallery'), 'comment', 'param', 'highlight', 'details', 'instagram'])

/** One template found, by shortcode name (`blog/integration-badge`). */
export type ShortcodeTemplate = { name: string; file: string; text: string }

/** What recap will do with a site shortcode, and why, as the importer guessed it. */
export type ShortcodeGuess = {
  name: string
  /** The YAML value written for it: 'nothing', 'inner', 'ask', a component name, or a table. */
  value: string | Record<string, unknown>
  why: string
  /** The template's file, site-relative; undefined when no template was found. */
  file?: string
}

/** Every shortcode template under the layout folders, the first folder's winning (the site before its themes). */
export function findShortcodeTemplates(siteDir: string, layoutDirs: readonly string[]): ShortcodeTemplate[] {
  const found = new Map<string, ShortcodeTemplate>()
  for (const dir of layoutDirs) {
    for (const folder of ['shortcodes', '_shortcodes']) {
      const root = resolve(siteDir, dir, folder)
      if (!existsSync(root)) continue
      for (const file of listFiles(root, (path) => path.endsWith('.html'))) {
        // `name.html`, `name.en.html`, `name.amp.html`: the name is what comes before the suffixes.
        const name = file.replace(/\.html$/, '').replace(/\.[a-z]{2,5}$/i, '')
        if (!found.has(name)) found.set(name, { name, file: join(dir, folder, file), text: readFileSync(join(root, file), 'utf8') })
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
}

// Actions that print nothing: comments, assignments, control flow, template calls' plumbing.
const SILENT_ACTION = /^\{\{-?\s*(?:\/\*[\s\S]*?\*\/|\$[\w.]*\s*:?=[\s\S]*|if\b[\s\S]*|else\b[\s\S]*|end\b|with\b[\s\S]*|range\b[\s\S]*|define\b[\s\S]*|block\b[\s\S]*|return\b[\s\S]*|warnf\b[\s\S]*|errorf\b[\s\S]*)\s*-?\}\}$/
const ACTION = /\{\{[\s\S]*?\}\}/g
const NOTE_CLASSES = /\b(note|info|tip|hint|notice|admonition|callout|alert-info|alert-primary)\b/i
const WARNING_CLASSES = /\b(warning|danger|caution|important|alert-warning|alert-danger)\b/i

/** The HTML a template prints when it has no actions: its static markup, trimmed of what the site's CSS and scripts needed. */
export function staticHtml(text: string): string {
  return text
    .replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '')
    .replace(/\s+(?:class|style|id|role|data-[\w-]+|on\w+|aria-describedby)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .trim()
}

/** Which parameter a template reads for `names` (`.Get "src"`) or by position (`.Get 0`). */
function readsParam(text: string, names: string[]): boolean {
  return names.some((name) => new RegExp(`\\.Get\\s+"${name}"`).test(text))
}

/** The best guess for one template. */
export function guessShortcode(template: ShortcodeTemplate): ShortcodeGuess {
  const { name, file, text } = template
  const actions = text.match(ACTION) ?? []
  const loud = actions.filter((action) => !SILENT_ACTION.test(action.trim()))
  const markup = text.replace(ACTION, '').trim()
  const usesInner = /\.Inner\b/.test(text)
  const guess = (value: ShortcodeGuess['value'], why: string): ShortcodeGuess => ({ name, value, why, file })
  if (loud.length === 0 && markup === '') return guess('nothing', 'its template prints nothing')
  if (loud.length === 0) return guess({ html: staticHtml(text) }, 'its template prints this fixed HTML (classes and styles left out)')
  if (/youtube(?:-nocookie)?\.com\/embed/i.test(text)) return guess({ component: 'YouTube', positional: ['id'] }, 'its template embeds a YouTube player')
  if (/player\.vimeo\.com/i.test(text)) return guess({ component: 'Vimeo', positional: ['id'] }, 'its template embeds a Vimeo player')
  if (/<(?:img|figure)\b/i.test(markup) && (readsParam(text, ['src', 'image', 'img']) || /\.Get\s+0/.test(text))) {
    const params: Record<string, string> = {}
    for (const [param, prop] of [['image', 'src'], ['img', 'src'], ['alt', 'alt'], ['caption', 'caption'], ['title', 'title'], ['link', 'link'], ['href', 'link']]) {
      if (readsParam(text, [param]) && param !== prop) params[param] = prop
    }
    return guess({ component: 'Figure', ...(Object.keys(params).length ? { params } : {}), ...(/\.Get\s+0/.test(text) ? { positional: ['src'] } : {}) }, 'its template shows an image')
  }
  if (usesInner) {
    const isOnlyInner = loud.every((action) => /\.Inner\b/.test(action))
    if (WARNING_CLASSES.test(markup)) return guess('Warning', 'its template wraps its content in a warning box')
    if (NOTE_CLASSES.test(markup)) return guess('Note', 'its template wraps its content in a note box')
    if (isOnlyInner) return guess('inner', 'its template prints its inner content (wrapping markup left out)')
  }
  return guess('ask', 'its template does more than recap can guess; say what it should become')
}

/**
 * content/shortcodes.yml with a line for each guess whose name it lacks; entries already there
 * are the site owner's and stay as they are. Returns the new text and which names were added.
 */
export function mergeShortcodesText(existing: string | undefined, guesses: readonly ShortcodeGuess[]): { text: string; added: string[] } {
  const header =
    "# How this site's own Hugo shortcodes render in recap (README: \"Site shortcodes\").\n" +
    '# Each name: nothing | inner | ask | a component (Note, Warning, Figure, YouTube, …) |\n' +
    '#   { component: Note, params: { heading: title }, positional: [title] } | { html: "…" } | { markdown: "…" }\n' +
    '# Written by `npm run import:hugo` from the templates in layouts/shortcodes/; check each guess.\n'
  const document = parseDocument(existing ?? header, { schema: 'core' })
  if (!isMap(document.contents)) document.contents = document.createNode({}) as unknown as typeof document.contents
  const map = document.contents as YAMLMap
  const current = new Set(map.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)))
  const added: string[] = []
  for (const guess of guesses) {
    if (current.has(guess.name)) continue
    const pair = document.createPair(guess.name, guess.value)
    if (isScalar(pair.key)) pair.key.commentBefore = ` ${guess.file ?? 'no template found'}: ${guess.why}`
    map.items.push(pair)
    added.push(guess.name)
  }
  return { text: document.toString({ lineWidth: 0 }), added }
}

/**
 * The guesses the import writes: one for every template of the site (and its themes) recap does
 * not render itself, and an `ask` for every shortcode the posts use that neither recap nor any
 * template knows (its template lives in a module or theme the import cannot see).
 */
export function siteShortcodeGuesses(templates: readonly ShortcodeTemplate[], used: readonly string[]): ShortcodeGuess[] {
  const guesses = templates.filter((template) => !BUILT_IN_SHORTCODES.has(template.name.toLowerCase())).map(guessShortcode)
  const known = new Set(templates.map((template) => template.name))
  for (const name of used) {
    if (BUILT_IN_SHORTCODES.has(name.toLowerCase()) || known.has(name)) continue
    guesses.push({ name, value: 'ask', why: "no template in the site's layouts/ or its theme's (a Hugo module's, perhaps); say what it should become" })
  }
  return guesses
}

/** content/params.yml with the site params posts print (`param`) that it lacks; existing keys stay. */
export function mergeParamsText(existing: string | undefined, params: Record<string, unknown>): { text: string; added: string[] } {
  const header = "# The Hugo site's params that posts print with {{% param … %}} (written by npm run import:hugo).\n"
  const document = parseDocument(existing ?? header, { schema: 'core' })
  const added: string[] = []
  for (const [key, value] of Object.entries(params)) {
    const path = key.split('.')
    if (document.hasIn(path)) continue
    document.setIn(path, value)
    added.push(key)
  }
  return { text: document.toString({ lineWidth: 0 }), added }
}
