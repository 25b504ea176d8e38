import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { listFiles } from '@/lib/files'

// The house a newcomer reads (../shared/STYLE.md §1): the site apart from its tools, small modules.
describe('the layout', () => {
  it('refuses an import of tools/ from the site (app/, components/, lib/), and allows it from tools/', async () => {
    const eslint = new ESLint({ cwd: process.cwd() })
    const lint = async (filePath: string, code: string) => (await eslint.lintText(code, { filePath }))[0].messages.filter((m) => m.ruleId === 'no-restricted-imports')
    const probe = "import { checkContent } from '../tools/check/check'\nexport const probe = checkContent\n"
    expect(await lint('lib/probe.ts', probe)).toHaveLength(1)
    expect(await lint('app/probe/page.tsx', probe.replace('../', '../../'))).toHaveLength(1)
    expect(await lint('components/probe.tsx', "import { importHugoSite } from '@/tools/hugo-import/import'\nexport const probe = importHugoSite\n")).toHaveLength(1)
    expect(await lint('tools/probe/main.ts', "import { loadContent } from '../../lib/content'\nexport const probe = loadContent\n")).toHaveLength(0)
  }, 60_000)

  it('keeps every file of lib/ under 400 lines', () => {
    const long = listFiles(join(process.cwd(), 'lib'), (path) => /\.(ts|tsx|mjs)$/.test(path) && !/\.test\.tsx?$/.test(path))
      .map((path) => ({ path, lines: readFileSync(join(process.cwd(), 'lib', path), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400)
    expect(long).toEqual([])
  })

  it('keeps test data out of the site: nothing in lib/ reads ../shared', () => {
    const offenders = listFiles(join(process.cwd(), 'lib'), (path) => /\.(ts|tsx|mjs)$/.test(path) && !/\.test\.tsx?$/.test(path)).filter((path) =>
      /\.\.\/shared\//.test(readFileSync(join(process.cwd(), 'lib', path), 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})
