// Next settings only: no content access and no site constants here (those live in lib/).
const isStaticExport = process.env.RECAP_STATIC_EXPORT === '1'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Hugo's URLs end in '/', and old links must keep working.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build:static` writes a site any static host can serve to out/.
  output: isStaticExport ? 'export' : undefined,
  // Lets tests and benchmarks build several copies side by side. In a static export Next 16 takes
  // a custom distDir as the folder to export to (RECAP_EXPORT_DIR, else out/) and keeps its build
  // files in .next, so two static exports must not run at once in one checkout.
  distDir: isStaticExport ? process.env.RECAP_EXPORT_DIR || 'out' : process.env.RECAP_DIST_DIR || '.next',
  images: { unoptimized: isStaticExport },
  // `npm run typecheck` checks types once for the whole project; builds skip it (and so do not
  // rewrite tsconfig.json for every distDir).
  typescript: { ignoreBuildErrors: true },
  // `next dev` refuses HMR from 127.0.0.1 unless it is listed.
  allowedDevOrigins: ['127.0.0.1'],
}

export default nextConfig
