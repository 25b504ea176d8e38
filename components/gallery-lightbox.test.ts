import { describe, expect, it } from 'vitest'
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

describe('GalleryLightbox', () => {
  it('ships under 2 KB of JavaScript, gzip (minified, without React, which every page has)', async () => {
    const result = await build({
      entryPoints: [join(process.cwd(), 'components', 'gallery-lightbox.tsx')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      external: ['react', 'react/jsx-runtime', '*.css'],
      logLevel: 'silent',
    })
    const code = result.outputFiles[0].text
    expect(code).toContain('showModal')
    const gzip = gzipSync(code).length
    expect(gzip).toBeLessThan(2048)
    console.log(`gallery-lightbox.tsx: ${code.length} B minified, ${gzip} B gzip`)
  })
})
