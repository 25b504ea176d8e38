// Next settings only: no content access and no site constants here (those live in lib/).
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

const isStaticExport = process.env.RECAP_STATIC_EXPORT === '1'

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    // Hugo's URLs end in '/', and old links must keep working.
    trailingSlash: true,
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm run build:static` writes a site any static host can serve to out/.
    output: isStaticExport ? 'export' : undefined,
    // Lets tests and benchmarks build several copies side by side.
    distDir: process.env.RECAP_DIST_DIR || '.next',
    images: { unoptimized: isStaticExport },
    // `npm run typecheck` checks types once for the whole project; builds skip it (and so do not
    // rewrite tsconfig.json for every distDir).
    typescript: { ignoreBuildErrors: true },
    // `next dev` refuses HMR from 127.0.0.1 unless it is listed.
    allowedDevOrigins: ['127.0.0.1'],
    // `*.dev.ts(x)` files (the live reload event stream) exist only under `next dev`: production and
    // static builds never see them.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  }
}
