import { importHugoSite } from './tools/hugo-import/import'
import { formatImportReport } from './tools/hugo-import/report'
const t = Date.now()
const report = importHugoSite({ siteDir: process.argv[2], projectDir: '/tmp/otel-proj', layouts: ['../shared/conformance/hugo-oracle/layouts'] })
console.log(formatImportReport(report))
console.log('import ms', Date.now() - t)
