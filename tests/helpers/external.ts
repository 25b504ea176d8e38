import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'vitest'

/**
 * Tests that read ../shared (the real Hugo corpora) or run `hugo`. Where one is missing such a
 * suite is skipped and says why, so it never counts as passed; where CI asks for them
 * (RECAP_REQUIRE_EXTERNAL=1, set by .ci/run) a missing one fails instead. A fork's own CI, without
 * ../shared, still passes.
 */

/** The shared test data beside the repository: corpora, conformance checker, seed post. */
export const SHARED_DIR = join(process.cwd(), '..', 'shared')

/** One corpus under ../shared/corpus/. */
export function corpusDir(name: string): string {
  return join(SHARED_DIR, 'corpus', name)
}

export type External = { kind: 'shared'; path: string } | { kind: 'hugo' }

const hugoFound = spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0

/** Why `need` cannot be met here, or undefined when it can. */
export function missing(need: External): string | undefined {
  if (need.kind === 'hugo') return hugoFound ? undefined : 'hugo not installed'
  return existsSync(need.path) ? undefined : `${need.path.replace(join(SHARED_DIR, '..') + '/', '../')} absent`
}

/** Whether CI demands every external input (so a missing one is a failure, not a skip). */
export const isRequired = process.env.RECAP_REQUIRE_EXTERNAL === '1'

/**
 * `describe` for a suite that needs `needs`: the suite itself when they are here; one failing test
 * when CI requires them; otherwise one skipped test named "(skipped: … absent)". The body is not
 * run when something is missing, so it may read the inputs at collection time.
 */
export function describeWith(needs: External[], name: string, body: () => void): void {
  const reasons = needs.map(missing).filter((reason): reason is string => reason !== undefined)
  if (reasons.length === 0) {
    describe(name, body)
    return
  }
  if (isRequired) {
    describe(name, () => {
      it(`has what it needs (${reasons.join(', ')})`, () => {
        throw new Error(`${reasons.join(', ')}: RECAP_REQUIRE_EXTERNAL=1 requires it (npm test installs hugo; ../shared must sit beside the repository)`)
      })
    })
    return
  }
  describe(`${name} (skipped: ${reasons.join(', ')})`, () => {
    it.skip(`skipped: ${reasons.join(', ')}`, () => {})
  })
}
