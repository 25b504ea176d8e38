import { writeSync } from 'node:fs'

/**
 * Build tracing for `npm run bench` and for anyone asking where a build spends its work:
 * RECAP_TRACE=1 prints `recap-trace pid=… <what>` lines on stderr, and each process's counters
 * when it exits. Off by default; costs nothing then.
 */

const isOn = () => process.env.RECAP_TRACE === '1'
const counters = new Map<string, number>()
let isHooked = false

/** Prints one trace line (written synchronously: build workers exit without flushing streams). */
export function trace(what: string): void {
  if (isOn()) writeSync(2, `recap-trace pid=${process.pid} ${what}\n`)
}

/** Adds to a counter printed when the process exits, e.g. count('mdx-cache-hit'). */
export function count(name: string, by = 1): void {
  if (!isOn()) return
  counters.set(name, (counters.get(name) ?? 0) + by)
  if (!isHooked) {
    isHooked = true
    let isPrinted = false
    const print = () => {
      if (isPrinted) return
      isPrinted = true
      const memory = process.memoryUsage()
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
      trace(`${[...counters].map(([key, value]) => `${key}=${value}`).join(' ')} memory rss=${mb(memory.rss)}MB heap-used=${mb(memory.heapUsed)}MB heap-total=${mb(memory.heapTotal)}MB external=${mb(memory.external)}MB`)
    }
    process.once('exit', print)
    // Next ends its build workers with a signal, which skips 'exit': print, then let the signal act.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        print()
        process.kill(process.pid, signal)
      })
    }
  }
}
