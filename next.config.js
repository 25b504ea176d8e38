// Next settings only: no content access and no site constants here (those live in lib/).
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { headerRules } from './lib/security-headers.mjs'

const isStaticExport = process.env.RECAP_STATIC_EXPORT === '1'

/** The site's own folders, whose files come from their own routes, not from page bundles (lib/routes.ts siteFolders()). */
export const OWN_FOLDERS = ['_next/', 'site-files/', 'tags/', 'events/', 'og/', 'gallery/', 'authors/', 'series/', 'speakers/', 'search/', 'pagefind/', 'api/', 'blog/page/']

/** @type {import('next').NextConfig} */
const baseConfig = {
  // Hugo's URLs end in '/', and old links must keep working.
  trailingSlash: true,
  // Next's own trailing-slash redirects take a last segment with a dot for a file and strip its
  // slash (/2019/04/16/announcing-linkerd-2.3/ -> …-2.3), and <Link> drops it from hrefs too; Hugo
  // published such posts with the slash. So we skip Next's redirects and keep only the one that
  // adds a missing slash to paths without a dot (Next's rule, minus its optional trailing slash).
  skipTrailingSlashRedirect: true,
  // A static export cannot redirect or send headers (Next warns when the keys are there at all);
  // static hosts serve <path>/index.html for both forms anyway, and read out/_headers.
  ...(isStaticExport
    ? {}
    : {
        async redirects() {
          return [{ source: '/:notfile((?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/\\.]+(?!/))', destination: '/:notfile/', permanent: true }]
        },
        // Files that pages publish at their own paths (a page bundle's images, a section's feed)
        // come from one route, app/site-files/: asked after every static page and public/ file but
        // before the dynamic routes (the post route renders any path on request now, so a fallback
        // rewrite would never be reached), and it answers only for the paths the content index
        // lists (404 otherwise). The site's own folders (siteFolders() in lib/routes.ts: feeds of a
        // tag or an event, share images, galleries) keep their routes; lib/routes.test.ts checks
        // this list against them. Rewrites see a path without its trailing slash, so a post whose
        // last segment holds a dot (`/2019/04/16/announcing-linkerd-2.3/`, `/blog/2022/v1.0-trio/`)
        // must not read as a file: a file's extension starts with a letter and has letters and
        // digits only (a page ending in `.js`, `/why-node.js/`, would still be taken for a file).
        async rewrites() {
          return { beforeFiles: [], afterFiles: [{ source: `/:path((?!${OWN_FOLDERS.join('|')}).*\\.[A-Za-z][A-Za-z0-9]*)`, destination: '/site-files/:path' }], fallback: [] }
        },
      }),
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build:static` writes a site any static host can serve to out/.
  output: isStaticExport ? 'export' : undefined,
  // Lets tests and benchmarks build several copies side by side. In a static export Next 16 takes
  // a custom distDir as the folder to export to (RECAP_EXPORT_DIR, else out/) and keeps its build
  // files in .next, so two static exports must not run at once in one checkout.
  distDir: isStaticExport ? process.env.RECAP_EXPORT_DIR || 'out' : process.env.RECAP_DIST_DIR || '.next',
  // Covers and card thumbnails (components/site-image.tsx) go through Next's image optimizer:
  // WebP at the few widths the layouts need (phones, cards, a wide cover at 2x), so a srcset
  // stays short. A static export has no optimizer and serves the files as they are.
  images: { unoptimized: isStaticExport, deviceSizes: [640, 828, 1200, 1920], imageSizes: [384] },
  // `npm run typecheck` checks types once for the whole project; builds skip it (and so do not
  // rewrite tsconfig.json for every distDir).
  typescript: { ignoreBuildErrors: true },
  // `next dev` refuses HMR from 127.0.0.1 unless it is listed.
  allowedDevOrigins: ['127.0.0.1'],
  // The build's content step (lib/markdown/compile-site.ts) runs a tinypool of worker threads,
  // which finds its own worker file in node_modules: not bundled.
  serverExternalPackages: ['tinypool'],
}

const distDir = isStaticExport ? '.next' : process.env.RECAP_DIST_DIR || '.next'

/**
 * What the server functions (Vercel, `next start`'s standalone output) carry: the content the
 * build validated and compiled (lib/content/snapshot.ts, only what this build shows, so never a
 * production build's drafts), and none of the sources, tests, tools or other builds that Next's
 * tracer would pull in because the site reads files under process.cwd().
 */
const tracing = {
  // Turbopack resolves this while compiling, before the content step writes the folder, so the
  // step also adds its files to the traces itself (lib/trace-files.ts); kept for webpack builds.
  outputFileTracingIncludes: { '**': [`./${distDir}/recap/**`] },
  outputFileTracingExcludes: {
    '**': [
      'content/posts/**',
      // Vercel serves public/ as static files; a function that carried it would carry every
      // upload of the blog (and a draft's pictures). Gallery files are made at build time.
      'public/**',
      'tests/**',
      'e2e/**',
      'tools/**',
      'bench/**',
      'docs/**',
      'tmp/**',
      'out/**',
      '.next-*/**',
      '.vercel/**',
      '.git/**',
      `${distDir}/cache/**`,
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.spec.ts',
      'lib/markdown/compile-worker.*',
    ],
  },
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const isDevelopment = phase === PHASE_DEVELOPMENT_SERVER
  // HSTS for production only: not `next dev`, not a Vercel preview.
  const isProduction = !isDevelopment && (process.env.VERCEL_ENV ?? 'production') === 'production'
  return {
    ...baseConfig,
    ...(isStaticExport ? {} : tracing),
    // Every response, pages, 404s, feeds and files alike (a static export writes out/_headers);
    // /search/ and the search index get the CSP that lets Pagefind run WebAssembly, and SVG,
    // HTML and XML files the sandbox (see lib/security-headers.mjs).
    ...(isStaticExport ? {} : { headers: async () => headerRules({ isDevelopment, isProduction }) }),
    // `*.dev.ts(x)` files (the live reload event stream) exist only under `next dev`: production
    // and static builds never see them.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  }
}
