import { PALETTE_COLORS, type SiteConfig } from './site'

/** `accentSoft` -> `--accent-soft`: the custom property app/styles/ use for a palette colour. */
function colorProperty(name: string): string {
  return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}

/**
 * The palette of site.config.ts as a stylesheet: one custom property per colour, as
 * `light-dark(light, dark)` (base.css sets `color-scheme`, which picks the side). It sits in a
 * cascade layer of its own, so the site's stylesheets (print.css) override it wherever they are
 * linked. Served as a file, app/theme.css/route.ts, since the CSP allows no inline styles.
 */
export function themeStylesheet(theme: SiteConfig['theme']): string {
  const lines = PALETTE_COLORS.map((name) => {
    const [light, dark] = [theme.light[name], theme.dark[name]]
    return `    ${colorProperty(name)}: ${light === dark ? light : `light-dark(${light}, ${dark})`};`
  })
  return ['/* The palette of site.config.ts (app/theme.css/route.ts). */', '@layer theme {', '  :root {', ...lines, '  }', '}', ''].join('\n')
}
