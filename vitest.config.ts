import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', '.next-*/**', 'out/**', 'e2e/**', 'tmp/**'],
    environment: 'node',
    // react-tweet imports its CSS modules; inlined, Vite handles them (Node alone cannot).
    server: { deps: { inline: ['react-tweet'] } },
    // Tests that build or import a site take longer than a unit test should.
    testTimeout: 30_000,
  },
})
