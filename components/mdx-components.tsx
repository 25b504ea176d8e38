import type { MDXComponents } from 'mdx/types'

/**
 * The only map from names authors write (MDX tags, and what Hugo shortcodes become) to React
 * components. Keys are the names in content; lib/markdown/shortcodes.ts targets them.
 */
export const mdxComponents = {} satisfies MDXComponents
