/**
 * `npm run import:hugo -- <hugo-site-dir> [--section blog] [--into folder] [--external-base https://old.site]
 *   [--layouts dir]… [--force] [--dry-run]`
 *
 * Brings a Hugo site's posts into content/posts/ and its static/ into public/, keeps its
 * permalinks in content/permalinks.yml, and reports what came over and every problem as
 * `path:line: …`. Exit 0 when imported (or nothing to do), 1 on conflicts or errors, 2 on bad usage.
 */
import { parseArgs } from 'node:util'
import { importHugoSite } from './import'
import { formatImportReport } from './report'

const usage =
  'usage: npm run import:hugo -- <hugo-site-dir> [--section blog] [--into folder] [--external-base https://old.site] [--layouts dir]… [--force] [--dry-run]'

let parsed: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      into: { type: 'string' },
      'external-base': { type: 'string' },
      layouts: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
}
try {
  parsed = parse()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
const { values, positionals } = parsed
if (values.help) {
  console.log(usage)
  process.exit(0)
}
if (positionals.length !== 1) {
  console.error(usage)
  process.exit(2)
}
if (values['external-base'] !== undefined && !/^https?:\/\/[^/\s]+/i.test(values['external-base'])) {
  console.error(`--external-base "${values['external-base']}" is not a web address; write it as https://old.example.org\n${usage}`)
  process.exit(2)
}

const dryRun = values['dry-run']
const report = importHugoSite({
  siteDir: positionals[0],
  projectDir: process.cwd(),
  section: values.section,
  into: values.into,
  externalBase: values['external-base'],
  layouts: values.layouts,
  force: values.force,
  dryRun,
  showProgress: true,
})
console.log(formatImportReport(report, { dryRun }))
const hasErrors = report.problems.some((problem) => problem.severity === 'error')
process.exit(report.conflicts > 0 || hasErrors ? 1 : 0)
