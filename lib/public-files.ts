import { readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { decodeHTML } from 'entities'
import { listFiles } from './files'
import { displayPath, type ContentProblem } from './content/problems'
import { ACTIVE_FILE_EXTENSIONS, SITE_XML_FILES } from './security-headers.mjs'

/**
 * Files under public/ a browser would run as a document (SVG, HTML, XML: lib/security-headers.mjs
 * ACTIVE_FILE_EXTENSIONS) may hold no active content: no script, event handler, foreignObject,
 * frame, `javascript:` link, entity declaration, stylesheet instruction, or reference to another
 * site. The headers already sandbox such files when opened; this refuses them at the file and
 * line too, in `npm run check` and the build alike, so none reaches the site.
 *
 * The scan reads the text as written rather than parsing it, because a browser parses SVG and
 * XHTML as XML and HTML as HTML, and the two disagree (an XML `<title>` holds elements, an HTML
 * one only text): a tag name or attribute is refused wherever it stands, even inside a comment or
 * CDATA section. That errs on the side of refusing.
 */

// Elements that run script, load a document, or change how the rest is read.
const ACTIVE_ELEMENTS = [
  'script', 'foreignobject', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'handler', 'listener', 'base', 'meta', 'link',
  'form', 'portal', 'animate', 'set', 'animatemotion', 'animatetransform', 'discard', 'import',
]
const ELEMENT = new RegExp(String.raw`<\s*(?:[\w.-]+:)?(${ACTIVE_ELEMENTS.join('|')})(?=[\s/>]|$)`, 'gi')
// A tag, quoted attribute values (which may hold `>`) included.
const TAG = /<[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>?/g
const ATTRIBUTE = /[\s/"']((?:[\w.-]+:)?[\w.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g
// XML that defines entities (which can expand to markup) or applies a stylesheet (XSLT runs script).
const DECLARATION = /<!ENTITY|<!DOCTYPE[^>]*\[|<\?xml-stylesheet/gi
// Styles that load from elsewhere or run code (old IE and Firefox bindings).
const STYLE_SOURCE = String.raw`@import|url\(\s*['"]?\s*(?!data:image\/(?:png|jpe?g|gif|webp|avif)[;,])(?:[a-z][a-z\d+.-]*:|\/\/|\\\\)|expression\s*\(|-moz-binding|behavior\s*:`
const STYLE = new RegExp(STYLE_SOURCE, 'gi')
const ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i
// Files larger than this are not read (and not allowed).
const MAX_BYTES = 5 * 1024 * 1024

/** Whether a file name has an extension a browser runs as a document. */
export function isActiveFile(path: string): boolean {
  return ACTIVE_FILE_EXTENSIONS.includes(extname(path).slice(1).toLowerCase())
}

/** Every problem of every active file under `publicDir`, at its line. */
export function publicFileProblems(publicDir: string): ContentProblem[] {
  return listFiles(publicDir, isActiveFile).flatMap((path) => activeFileProblems(join(/* turbopackIgnore: true */ publicDir, path)))
}

/** The problems of one SVG, HTML or XML file. */
export function activeFileProblems(file: string): ContentProblem[] {
  const shown = displayPath(file)
  const problem = (line: number, reason: string, hint: string, column?: number): ContentProblem => ({ file: shown, line, column, severity: 'error', rule: 'public-file', reason, hint })
  const extension = extname(file).slice(1)
  const name = basename(file)
  if (SITE_XML_FILES.includes(name.toLowerCase())) {
    // The headers leave the site's own feeds (feed.xml, atom.xml…) out of the sandbox, by name.
    return [problem(1, `a file named ${name} would be served without the sandbox the headers give uploaded XML (it is the name of the site's feeds)`, 'rename it, e.g. to uploaded-feed.xml')]
  }
  if (extension !== extension.toLowerCase() && extension !== extension.toUpperCase()) {
    return [problem(1, `the extension .${extension} mixes letter cases, so the headers that sandbox such files would not match it`, `rename it to .${extension.toLowerCase()}`)]
  }
  if (statSync(/* turbopackIgnore: true */ file).size > MAX_BYTES) return [problem(1, `${extension.toUpperCase()} file over 5 MB, too large to check`, 'make it smaller, or save it as an image (PNG, WebP) or PDF')]
  let bytes = readFileSync(/* turbopackIgnore: true */ file)
  if (extension.toLowerCase() === 'svgz') {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES })
    } catch {
      return [problem(1, 'not a gzip-compressed SVG, or larger than 5 MB unpacked', 'save it as a plain .svg')]
    }
  }
  const text = bytes.toString('utf8')
  const declared = ENCODING.exec(text.replace(/^\uFEFF/, ''))?.[1]
  if (bytes.includes(0) || (declared && !/^utf-?8$/i.test(declared))) {
    return [problem(1, `not UTF-8 text${declared ? ` (it says encoding="${declared}")` : ''}, so it cannot be checked as a browser would read it`, 'save it as UTF-8')]
  }
  // HTML files are read by the HTML parser, which ignores namespaces; the rest by the XML parser.
  const isXml = !['html', 'htm', 'shtml'].includes(extension.toLowerCase())
  const where = lineFinder(text)
  const problems: ContentProblem[] = []
  const hint = 'remove it: files under public/ are served as they are, and may only draw or show (use a post, or a PNG/PDF, for anything else)'
  for (const match of text.matchAll(ELEMENT)) {
    const { line, column } = where(match.index)
    problems.push(problem(line, `<${match[1]}> in ${extension.toUpperCase()} can run script or load other documents`, hint, column))
  }
  for (const match of text.matchAll(DECLARATION)) {
    const { line, column } = where(match.index)
    problems.push(problem(line, `\`${match[0]}\` (entity declarations and stylesheet instructions) can add markup or run XSLT`, hint, column))
  }
  for (const match of text.matchAll(STYLE)) {
    const { line, column } = where(match.index)
    problems.push(problem(line, `\`${match[0].trim()}\` in a style loads from elsewhere or runs code`, hint, column))
  }
  for (const tag of text.matchAll(TAG)) {
    const isLink = /^<\s*(?:[\w.-]+:)?a[\s/>]/i.test(tag[0])
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      const reason = attributeProblem(attribute[1], attribute[2], isLink, isXml)
      if (!reason) continue
      const { line, column } = where(tag.index + attribute.index + 1)
      problems.push(problem(line, reason, hint, column))
    }
  }
  return problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
}

/** Why an attribute may not stand in an active file, or undefined. */
function attributeProblem(name: string, rawValue: string, isLink: boolean, isXml: boolean): string | undefined {
  const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase()
  if (local.startsWith('on')) return `the event handler \`${name}\` runs script`
  if (isXml && /^xmlns(?::|$)/i.test(name) && /xhtml/i.test(rawValue)) return 'HTML inside SVG or XML (the XHTML namespace) can run script'
  // As a browser reads a URL: entities decoded, tabs, newlines and leading spaces gone.
  const value = decodeHTML(rawValue.replace(/^["']|["']$/g, '')).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase()
  if (/^(?:javascript|vbscript|data:text\/html|data:application|data:image\/svg)/.test(value)) return `\`${name}\` holds a \`${value.split(':')[0]}:\` URL, which runs script`
  const isUrl = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset'].includes(local)
  if (isUrl && !isLink && /^(?:[a-z][a-z\d+.-]*:|\/\/|\\\\)/.test(value) && !value.startsWith('data:image/') && !value.startsWith('#')) {
    return `\`${name}\` loads ${JSON.stringify(value.slice(0, 60))} from another place`
  }
  if (local === 'style' && new RegExp(STYLE_SOURCE, 'i').test(value)) return `\`${name}\` holds a style that loads from elsewhere or runs code`
  return undefined
}

/** 1-based line and column of an offset, for offsets asked in any order. */
function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low] + 1 }
  }
}
