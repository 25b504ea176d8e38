import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { formatProblem } from './content/problems'
import type { Palette } from './site'

/**
 * The logo of site.config.ts, one SVG file drawn twice: inline in the header (components/site-logo.tsx),
 * where CSS paints it in the theme's colours, and as the favicon (app/icon.svg/route.ts), painted
 * in the light theme's. The file's conventions: `currentColor` is the accent, and shapes with
 * class="logo-cutout" take the colour behind the logo.
 */

/** The logo's drawing: the root <svg>'s viewBox and the shapes inside, without comments or blank text. */
export type Logo = { viewBox: string; shapes: ElementContent[] }

/** The class of shapes that show the background: the header's surface, the favicon's light surface. */
export const LOGO_CUTOUT_CLASS = 'logo-cutout'

type Problem = { node: { position?: Element['position'] }; reason: string; hint: string }

/** Blank text and comments out, elements checked; adds what the page could not show to `problems`. */
function clean(nodes: RootContent[], problems: Problem[]): ElementContent[] {
  const kept: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'comment' || (node.type === 'text' && !node.value.trim()) || node.type === 'doctype') continue
    if (node.type === 'element') {
      // The header draws the logo inline, under the site's Content-Security-Policy (style-src
      // 'self', scripts from the site only): inline styles and scripts would not apply there.
      if (node.tagName === 'style' || node.properties.style !== undefined) {
        problems.push({ node, reason: 'styles in the logo are blocked by the Content-Security-Policy', hint: 'use attributes: fill="…", opacity="…"' })
      }
      if (node.tagName === 'script' || node.tagName === 'foreignObject' || Object.keys(node.properties).some((key) => /^on/i.test(key))) {
        problems.push({ node, reason: `<${node.tagName}> with scripts or HTML cannot be in the logo`, hint: 'draw it with shapes and paths only' })
      }
      kept.push({ ...node, children: clean(node.children, problems) })
    } else if (node.type === 'text') {
      kept.push(node)
    }
  }
  return kept
}

/** Reads an SVG logo; `file` names it in errors, which list every problem, one line each. */
export function parseLogo(source: string, file: string): Logo {
  const tree: Root = fromHtml(source, { fragment: true })
  const problems: Problem[] = []
  const roots = tree.children.filter((node) => node.type === 'element')
  const svg = roots[0]
  if (roots.length !== 1 || svg.tagName !== 'svg') {
    problems.push({ node: roots[1] ?? tree, reason: 'the logo is not one <svg> element', hint: 'save it as an SVG file with <svg> around everything' })
  } else if (typeof svg.properties.viewBox !== 'string') {
    problems.push({ node: svg, reason: '<svg> has no viewBox, so it cannot be sized', hint: 'add viewBox="0 0 <width> <height>"' })
  }
  const shapes = svg?.tagName === 'svg' ? clean(svg.children, problems) : []
  if (problems.length > 0) {
    const lines = problems.map(({ node, reason, hint }) =>
      formatProblem({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column, severity: 'error', reason, hint, rule: 'logo' }),
    )
    throw new Error(lines.join('\n'))
  }
  return { viewBox: String(svg.properties.viewBox), shapes }
}

/** The logo file named in site.config.ts (`logo`), a path from the repository's top folder. */
export function getLogo(file: string): Logo {
  const path = join(/* turbopackIgnore: true */ process.cwd(), file)
  return parseLogo(readFileSync(path, 'utf8'), path)
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes(name)
}

/** Shapes with the cutouts filled in `fill`. */
function paintCutouts(nodes: ElementContent[], fill: string): ElementContent[] {
  return nodes.map((node) =>
    node.type === 'element'
      ? { ...node, properties: hasClass(node, LOGO_CUTOUT_CLASS) ? { ...node.properties, fill } : node.properties, children: paintCutouts(node.children, fill) }
      : node,
  )
}

/** The logo as a standalone SVG file in one palette's colours: the accent for `currentColor`, the surface for cutouts. */
export function logoSvgFile(logo: Logo, palette: Palette): string {
  const svg: Element = {
    type: 'element',
    tagName: 'svg',
    // `color` is what `currentColor` means inside the file.
    properties: { xmlns: 'http://www.w3.org/2000/svg', viewBox: logo.viewBox, color: palette.accent },
    children: paintCutouts(logo.shapes, palette.surface),
  }
  return toHtml(svg, { space: 'svg' })
}
