/**
 * `npx tsx tools/vercel/output-test.ts` (the `vercel` suite of `npm test`): the real Vercel CLI
 * (`vercel build`, offline) on a scratch copy of the project with its sample content, as a
 * preview and as a production deployment, then checks of what it wrote to .vercel/output:
 * security headers and redirects in config.json, aliases as redirect pages, drafts in the preview
 * and nowhere in production (pages, functions, static files), long-tail posts rendered on demand
 * from the build's snapshot, and no test, tool or post source in any function. Last, a plain
 * `next build` of the same copy with an error in a post that is not prerendered must fail with
 * that post's `path:line:column` line. Prints `vercel: N passed, N failed`.
 *
 * `vercel build` offline has no Vercel system variables, so the test gives VERCEL_ENV as the
 * platform would (preview / production).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { securityHeaders } from '../../lib/security-headers.mjs'
import { snapshotKey } from '../../lib/content/snapshot'
import { makeScratchCopy } from '../shared/scratch'
import { functionFilesMatching, headersForEveryPath, mentions, readVercelOutput, type VercelOutput } from './output'

const projectDir = process.cwd()
const isRequired = process.env.RECAP_REQUIRE_EXTERNAL === '1'
let passed = 0
let failed = 0

function check(name: string, isOk: boolean, detail = '') {
  if (isOk) passed++
  else failed++
  console.log(`${isOk ? 'ok' : 'not ok'} - ${name}${isOk || !detail ? '' : `: ${detail}`}`)
}

function finish(): never {
  console.log(`vercel: ${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

if (!existsSync(join(projectDir, 'node_modules', '.bin', 'vercel'))) {
  console.log(`vercel: ${isRequired ? 'FAILED' : 'skipped'}: the Vercel CLI is not installed (npm ci installs it)`)
  if (isRequired) failed++
  finish()
}

// The sample content: five posts, one a draft; with 3 prerendered, the oldest published post is the long tail (and the alias's post is prerendered in both builds).
const PRERENDER = '3'
const DRAFT = { file: 'content/posts/speaker-notes-draft.mdx', slug: 'speaker-notes-we-never-published' }
const PRERENDERED = '2019/06/14/how-we-write-a-meetup-recap-in-an-evening'
const LONG_TAIL = { file: 'content/posts/recap-community-meetup-lisbon.mdx', path: '2019/04/08/the-first-recap-community-meetup-in-lisbon' }
const ALIAS = { path: '2019/06/11/moving-from-hugo-0.111', to: '/2019/06/11/bringing-a-hugo-blog-along/' }

const copy = makeScratchCopy(projectDir, 'recap-vercel-')
const env: NodeJS.ProcessEnv = { ...process.env, VERCEL_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1', RECAP_PRERENDER: PRERENDER, SITE_URL: '' }
delete env.RECAP_DIST_DIR
delete env.RECAP_CONTENT_DIR

function vercelBuild(target: 'preview' | 'production'): VercelOutput | undefined {
  rmSync(join(copy, '.vercel', 'output'), { recursive: true, force: true })
  rmSync(join(copy, '.next'), { recursive: true, force: true })
  // Vercel builds every deployment from a fresh checkout: the search index the previous build wrote
  // into public/ is not there (and must not be: the preview's index holds the draft). The CLI lists
  // the project's files before it runs `npm run build`, so a stale index would also fail the build
  // when search:index replaces it.
  for (const entry of readdirSync(join(copy, 'public'))) {
    if (entry.startsWith('pagefind')) rmSync(join(copy, 'public', entry), { recursive: true, force: true })
  }
  mkdirSync(join(copy, '.vercel'), { recursive: true })
  writeFileSync(join(copy, '.vercel', 'project.json'), JSON.stringify({ projectId: 'prj_test', orgId: 'team_test', settings: { framework: 'nextjs' } }))
  const args = ['vercel', 'build', '--yes', ...(target === 'production' ? ['--prod'] : [])]
  console.log(`\n$ VERCEL_ENV=${target} npx ${args.join(' ')}   (in ${copy})`)
  const started = Date.now()
  const result = spawnSync('npx', args, { cwd: copy, env: { ...env, VERCEL_ENV: target }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  console.log(`vercel build (${target}): exit ${result.status} after ${Math.round((Date.now() - started) / 1000)} s`)
  check(`vercel build (${target}) succeeds`, result.status === 0, (result.stdout + result.stderr).slice(-4000))
  return result.status === 0 ? readVercelOutput(join(copy, '.vercel', 'output')) : undefined
}

function commonChecks(output: VercelOutput, target: 'preview' | 'production') {
  const headers = headersForEveryPath(output)
  const expected = Object.fromEntries(securityHeaders({ isDevelopment: false, isProduction: target === 'production' }).map(({ key, value }: { key: string; value: string }) => [key, value]))
  check(`${target}: config.json sends the security headers on every path`, JSON.stringify(headers) === JSON.stringify(expected), JSON.stringify(headers))
  const slashRedirect = output.routes.find((route) => route.status === 308 && route.headers?.Location?.endsWith('/'))
  check(`${target}: config.json redirects paths without their trailing slash`, slashRedirect !== undefined && new RegExp(slashRedirect.src!).test('/2019/05/27/post'))
  const alias = output.functionPaths.find((path) => path === `${ALIAS.path}.prerender-fallback.html`)
  const aliasHtml = alias ? readFileSync(join(copy, '.vercel', 'output', 'functions', alias), 'utf8') : ''
  check(`${target}: an alias is a redirect page to its post`, aliasHtml.includes(`http-equiv="refresh" content="0; url=${ALIAS.to}"`), alias ?? 'no prerendered alias page')
  check(`${target}: the newest posts are prerendered`, output.prerenders.get(PRERENDERED)?.expiration === false)
  check(`${target}: a long-tail post is not prerendered`, !output.prerenders.has(LONG_TAIL.path))
  const postFunction = output.functionFiles.get('[...segments].func') ?? []
  const onDemand = existsSync(join(copy, '.vercel', 'output', 'functions', '[...segments].prerender-config.json'))
  check(`${target}: the post route renders other paths on demand (ISR) from the build's snapshot`, onDemand && postFunction.includes('.next/recap/content.json') && postFunction.includes(`.next/recap/posts/${snapshotKey({ filePath: LONG_TAIL.file })}.json`), `${postFunction.filter((file) => file.startsWith('.next/recap')).length} snapshot files`)
  check(`${target}: no function carries a tests/ file`, functionFilesMatching(output, /^tests\//).length === 0, functionFilesMatching(output, /^tests\//).slice(0, 5).join(', '))
  check(`${target}: no function carries a post's source, a tool or an e2e spec`, functionFilesMatching(output, /^(content\/posts|tools|e2e)\//).length === 0, functionFilesMatching(output, /^(content\/posts|tools|e2e)\//).slice(0, 5).join(', '))
}

try {
  const preview = vercelBuild('preview')
  if (preview) {
    commonChecks(preview, 'preview')
    const draftEntry = `.next/recap/posts/${snapshotKey({ filePath: DRAFT.file })}.json`
    check('preview: the draft is built', mentions(preview, DRAFT.slug).length > 0 || (preview.functionFiles.get('[...segments].func') ?? []).includes(draftEntry))
  }
  const production = vercelBuild('production')
  if (production) {
    commonChecks(production, 'production')
    const draftEntry = `.next/recap/posts/${snapshotKey({ filePath: DRAFT.file })}.json`
    check('production: no page, function or static file of the draft', mentions(production, DRAFT.slug).length === 0, mentions(production, DRAFT.slug).slice(0, 5).join(', '))
    const draftFiles = functionFilesMatching(production, new RegExp(`${draftEntry.replace(/[.]/g, '\\.')}|speaker-notes`))
    check('production: no function carries the draft', draftFiles.length === 0, draftFiles.slice(0, 5).join(', '))
    const snapshot = readFileSync(join(copy, '.next', 'recap', 'content.json'), 'utf8')
    check("production: the server's snapshot has no trace of the draft", !snapshot.includes('Speaker notes we never published'))
  }

  // An error in a post that is not prerendered still fails the build, with its line.
  const broken = 'content/posts/an-old-broken-post.md'
  writeFileSync(join(copy, broken), '---\ntitle: An old broken post\ndate: 2015-01-01\n---\n\nFine so far.\n\n{{< speakerdeck id="x" >}}\n')
  rmSync(join(copy, '.next'), { recursive: true, force: true })
  console.log('\n$ RECAP_PRERENDER=1 npx next build   (an error in the oldest post)')
  const result = spawnSync('npx', ['next', 'build'], { cwd: copy, env: { ...env, RECAP_PRERENDER: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const output = result.stdout + result.stderr
  check('a build with an error in a post that is not prerendered fails', result.status !== 0 && result.status !== null)
  check('…and names the post and its line', /content\/posts\/an-old-broken-post\.md:8:1: error: unknown shortcode `speakerdeck`/.test(output), output.slice(-3000))
} finally {
  if (failed === 0 || !process.env.RECAP_KEEP) rmSync(copy, { recursive: true, force: true })
  else console.log(`vercel: kept ${copy} (RECAP_KEEP)`)
}
finish()
