// Preloaded into the server by tools/test-runner/load.ts (with --expose-gc): on SIGUSR2, a full garbage
// collection, so a memory sample measures what the server holds, not garbage V8 has yet to
// collect; then the process's memory figures go to RECAP_MEMORY_REPORT (a JSON file), if set.
import { writeFileSync } from 'node:fs'

process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc()
  const report = process.env.RECAP_MEMORY_REPORT
  if (report) writeFileSync(report, JSON.stringify(process.memoryUsage()))
})
