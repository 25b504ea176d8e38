import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// The site (what `next build` runs) never depends on the tools around it: tools may import lib/,
// never the other way round.
const toolImports = {
  patterns: [
    { group: ['**/tools/**', '@/tools/**', 'tools/**'], message: 'The site (app/, components/, lib/) must not import tools/: move what both need into lib/.' },
  ],
}

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Content images are sized from their files and served as they are (static export included).
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'site.config.ts', 'next.config.js'],
    rules: { 'no-restricted-imports': ['error', toolImports] },
  },
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'node_modules/**', 'tests/fixtures/**', 'tmp/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/pagefind*/**', '.next-e2e-*-out/**'] },
]

export default config
