import slugify from '@sindresorhus/slugify'
import { createHash } from 'node:crypto'

const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-f]$/i.test(char)

/**
 * Hugo's `urlize` (0.111, UnicodeSanitize + lower case), which names a post without a `slug`:
 * letters, digits, marks and `./\\_#+~@-` stay, a run of white space before a kept character becomes
 * one `-` (none after a `-`), everything else goes (`HTTP/1 & Friends` -> `http/1-friends`,
 * `A -- B` -> `a--b`). Written out rather than taken from a slug library because old permalinks
 * depend on this exact rule.
 */
export function urlize(text: string): string {
  const chars = [...text]
  let out = ''
  let prependHyphen = false
  let wasHyphen = false
  chars.forEach((char, i) => {
    const isAllowed =
      /^[./\\_#+~@-]$/.test(char) ||
      /^[\p{L}\p{Nd}\p{M}]$/u.test(char) ||
      (char === '%' && isHex(chars[i + 1]) && isHex(chars[i + 2]))
    if (isAllowed) {
      wasHyphen = char === '-'
      if (prependHyphen && !wasHyphen) out += '-'
      prependHyphen = false
      out += char
    } else if (out.length > 0 && !wasHyphen && /^\p{White_Space}$/u.test(char)) {
      prependHyphen = true
    }
  })
  return goLowerCase(out)
}

/** Lower case one code point at a time, as Go's strings.ToLower does ('İ' -> 'i', not 'i̇'). */
function goLowerCase(text: string): string {
  return [...text].map((char) => [...char.toLowerCase()][0] ?? char).join('')
}

/**
 * A URL-safe slug for a tag, author or event name: ASCII, lower case, one path segment
 * (`HTTP/1` -> `http-1`, `Tutorials & How-To's` -> `tutorials-and-how-tos`). Names with nothing
 * to transliterate (`日本語`) get a short stable hash so they still have a page.
 */
export function nameSlug(name: string): string {
  const slug = slugify(name, { decamelize: false })
  return slug || `t-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`
}
