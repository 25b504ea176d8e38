/**
 * `npm run check [-- --json] [--content <dir>] [--public <dir>] [--timeout <seconds>]`: every
 * problem in every content file, one line each, then a summary line. Exit 1 on any error.
 */
import { parseArgs } from 'node:util'
import { checkContent, formatReport, toJson } from './check'

const usage = 'usage: npm run check [-- --json] [--content <dir>] [--public <dir>] [--timeout <seconds>]'

let args: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      content: { type: 'string', default: process.env.RECAP_CONTENT_DIR ?? 'content' },
      public: { type: 'string', default: 'public' },
      timeout: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  })
}
try {
  args = parse()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
const { values } = args
const timeout = Number(values.timeout)
if (values.help || !(timeout > 0)) {
  console.log(usage)
  process.exit(values.help ? 0 : 2)
}

const report = await checkContent({ contentDir: values.content, publicDir: values.public, timeoutMs: timeout * 1000, showProgress: !values.json })
if (values.json) console.log(JSON.stringify(toJson(report), null, 2))
else console.log(formatReport(report))
process.exit(report.errors > 0 ? 1 : 0)
