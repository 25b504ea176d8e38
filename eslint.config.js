import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

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
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'node_modules/**', 'tests/fixtures/**', 'tmp/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
]

export default config
