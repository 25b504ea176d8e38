import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { getFileImageInfo, getImageInfo, getImageSize, type ImageInfo, type ImageSize } from '../images'
import { getContent, getPublicDir, type SiteContent } from './load'
import { displayPath, type ContentProblem } from './problems'

/**
 * The size of an image of the site: a page bundle's file when one is published at that path,
 * else a file under public/. A path under a post's permalink that is neither says where it looked.
 */
export function siteImageSize(content: SiteContent, publicDir: string, src: string): ImageSize {
  let path = src.split(/[?#]/)[0]
  try {
    path = decodeURIComponent(path)
  } catch {
    // Look for it as written.
  }
  const bundled = content.bundleFiles.get(path)
  if (bundled) {
    const info = getFileImageInfo(bundled.file, src)
    return info.ok ? { ok: true, width: info.width, height: info.height } : { ok: false, reason: info.reason, hint: info.hint }
  }
  const size = getImageSize(publicDir, src)
  if (size.ok) return size
  if (content.missingFiles.has(path)) {
    return {
      ok: false,
      isExpected: true,
      reason: `image "${src}" is missing, as it was on the Hugo site (content/missing-files.yml): the page shows it broken, as Hugo's did`,
      hint: 'add the file (beside the post, or under public/), then remove its line from content/missing-files.yml',
    }
  }
  const owner = content.allPosts.find((post) => path.startsWith(post.path) && path.length > post.path.length)
  if (!owner || size.reason.includes('outside public/')) return size
  const name = path.slice(owner.path.length)
  const bundleDir = owner.resources.length > 0 || /\/index\.mdx?$/.test(owner.filePath) ? owner.filePath.replace(/\/index\.mdx?$/, '') : undefined
  return bundleDir
    ? { ok: false, reason: `image "${src}" not found: looked for ${bundleDir}/${name} (beside the post) and ${displayPath(join(publicDir, path))}`, hint: `put ${name} in ${bundleDir}/ or fix the name` }
    : {
        ok: false,
        reason: `image "${src}" not found: a name relative to the post means a file beside it, and ${owner.filePath} is no page bundle`,
        hint: `make the post a bundle (${owner.filePath.replace(/\.(mdx?)$/, '/index.$1')}) with ${name} beside it, or write the path from public/, e.g. /uploads/${name}`,
      }
}

/** The size of an image of this site (public/ or a page bundle), for components that show one. */
export function getSiteImageSize(src: string): ImageSize {
  return siteImageSize(getContent(), getPublicDir(), src)
}

/** What we know of an image of this site (a page bundle's file, else one under public/), with its file. */
export function getSiteImageInfo(src: string): ImageInfo {
  let path = src.split(/[?#]/)[0]
  try {
    path = decodeURIComponent(path)
  } catch {
    // Look for it as written.
  }
  const bundled = getContent().bundleFiles.get(path)
  return bundled ? getFileImageInfo(bundled.file, src) : getImageInfo(getPublicDir(), src)
}

/** content/missing-files.yml: site paths posts name whose files the imported site lacked too. */
export function readMissingFiles(contentDir: string, problems: ContentProblem[]): Set<string> {
  const file = join(contentDir, 'missing-files.yml')
  if (!existsSync(file)) return new Set()
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'), { schema: 'core' })
  } catch (error) {
    problems.push({ file: displayPath(file), line: 1, severity: 'error', rule: 'missing-files', reason: `not valid YAML: ${String(error).split('\n')[0]}`, hint: 'write one `- /path/of/the/file.png` line per file' })
    return new Set()
  }
  if (data === null || data === undefined) return new Set()
  if (!Array.isArray(data) || data.some((entry) => typeof entry !== 'string' || !entry.startsWith('/'))) {
    problems.push({ file: displayPath(file), line: 1, severity: 'error', rule: 'missing-files', reason: 'expected a list of site paths', hint: 'write one `- /path/of/the/file.png` line per file' })
    return new Set()
  }
  return new Set(data as string[])
}
