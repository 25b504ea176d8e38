import type { LoadResult } from './load'
import type { PageWeight } from './page-weight'

/** What RECAP_TRACE=1 lines (lib/trace.ts) said during a build: content loads per process, cache counters summed. */
export type BuildTrace = { contentLoadsByProcess: number[]; counters: Record<string, number> }

/** One `next build`: wall time, CPU time and peak memory of its process tree, and its trace. */
export type BuildRun = { seconds: number; cpuSeconds: number; peakRssBytes: number; trace?: BuildTrace }

/** Reads the `recap-trace pid=… …` lines of a build's output. */
export function readTrace(output: string): BuildTrace {
  const loads = new Map<string, number>()
  const counters: Record<string, number> = {}
  for (const match of output.matchAll(/^recap-trace pid=(\d+) (.*)$/gm)) {
    const [, pid, what] = match
    if (what.startsWith('content-load ')) loads.set(pid, (loads.get(pid) ?? 0) + 1)
    // Counters come before ` memory …` (one process's figures, not summed).
    const [counted] = what.split(' memory ')
    for (const counter of counted.matchAll(/([\w-]+)=(\d+)(?=\s|$)/g)) {
      if (!what.startsWith('content-load ')) counters[counter[1]] = (counters[counter[1]] ?? 0) + Number(counter[2])
    }
  }
  return { contentLoadsByProcess: [...loads.values()], counters }
}

function describeTrace(trace: BuildTrace | undefined): string {
  if (!trace) return 'n/a'
  const loads = trace.contentLoadsByProcess
  const counters = Object.entries(trace.counters)
    .filter(([name]) => name !== 'content-loads')
    .map(([name, value]) => `${name} ${value}`)
  return `content loaded ${loads.join(' + ') || 0} time(s) in ${loads.length} process(es)${counters.length ? `; ${counters.join(', ')}` : ''}`
}

/** Everything one `npm run bench` measured. */
export type BenchResult = {
  /** ISO time the run started. */
  date: string
  commit: string
  /** Whether the working tree had uncommitted changes. */
  isDirty: boolean
  node: string
  posts: number
  /** Where the posts came from: the corpus folder, or 'generated'. */
  source: string
  /** `uptime`'s load averages before and after the run: the machine may be shared. */
  loadBefore: string
  loadAfter: string
  cold: BuildRun[]
  /** Rebuilds after one post changed, .next/cache kept. */
  warm: BuildRun[]
  /** Pages Next prerendered. */
  pages: number
  hugo?: { seconds: number[]; cpuSeconds: number[]; pages: number; version: string }
  weights: (PageWeight & { label: string })[]
  load?: LoadResult
  /** Posts not prerendered, fetched under `next start`: first (rendered on request) and again (cached). */
  longTail?: LongTail
  /** The search index after the cold build (tools/search/): time and size. */
  search?: { seconds: number; pages: number; files: number; bytes: number }
}

/** What `tools/search/main.ts` printed: `search: N pages, W words indexed into DIR/ (F files, K KB) in M ms`. */
export function readSearchLine(output: string): { pages: number; files: number; bytes: number } | undefined {
  const match = /^search: (\d+) pages, \d+ words indexed into .* \((\d+) files, (\d+) KB\)/m.exec(output)
  return match ? { pages: Number(match[1]), files: Number(match[2]), bytes: Number(match[3]) * 1024 } : undefined
}

/** Response times of long-tail and prerendered posts under `next start`, p50 over the posts tried. */
export type LongTail = { posts: number; firstP50Ms: number; cachedP50Ms: number; prerenderedP50Ms: number; firstMaxMs: number }

/** Issue 18's targets at 10,000 posts (server build, 2 cores). */
export const SCALE_TARGETS = { posts: 10_000, coldSeconds: 60, warmSeconds: 25, peakBytes: 2e9, firstP50Ms: 150 } as const

/** The targets of issue 9, as the table checks them. */
export const TARGETS = {
  /** recap's cold build may take at most this many times Hugo's. */
  hugoRatio: 10,
  peakBytes: 1.5 * 1024 ** 3,
  /** Our JavaScript on a post page, gzip'd. */
  oursOnPostBytes: 2 * 1024,
} as const

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** 1536 -> '1.5 KiB', 2_500_000_000 -> '2.33 GiB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(0)} MiB`
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`
}

function seconds(value: number): string {
  return `${value.toFixed(1)} s`
}

/** '84.2 s' for one run, '84.2 s (median of 80.1, 84.2, 90.0)' for several. */
function runs(values: readonly number[], format: (value: number) => string): string {
  if (values.length <= 1) return values.length ? format(values[0]) : 'n/a'
  return `${format(median(values))} (median of ${values.map(format).join(', ')})`
}

const check = (isMet: boolean) => (isMet ? 'met' : '**missed**')

/** The result as a Markdown section: a heading with the commit and date, then one table. */
export function formatBench(result: BenchResult): string {
  const cold = median(result.cold.map((run) => run.seconds))
  const warm = median(result.warm.map((run) => run.seconds))
  const peak = Math.max(...result.cold.map((run) => run.peakRssBytes), ...result.warm.map((run) => run.peakRssBytes))
  const rows: [string, string, string][] = [
    ['build, cold (next build)', runs(result.cold.map((run) => run.seconds), seconds), ''],
    ['build, warm (one post changed, .next/cache kept)', runs(result.warm.map((run) => run.seconds), seconds), result.warm.length ? `faster than cold: ${check(warm < cold)} (${((warm / cold) * 100).toFixed(0)}% of cold)` : ''],
    ['CPU time (user + system, whole tree), cold / warm', `${runs(result.cold.map((run) => run.cpuSeconds), seconds)} / ${runs(result.warm.map((run) => run.cpuSeconds), seconds)}`, ''],
    ['build trace, cold', describeTrace(result.cold.at(-1)?.trace), ''],
    ['build trace, warm', describeTrace(result.warm.at(-1)?.trace), ''],
    ['peak memory (whole build process tree)', `${formatBytes(peak)} (cold ${runs(result.cold.map((run) => run.peakRssBytes), formatBytes)})`, `< ${formatBytes(TARGETS.peakBytes)}: ${check(peak < TARGETS.peakBytes)}`],
    ['ms per post (cold)', `${((cold * 1000) / result.posts).toFixed(0)} ms`, ''],
    ['pages prerendered (prerender-manifest routes)', String(result.pages), ''],
  ]
  if (result.search) {
    rows.push([
      'search index (after the cold build)',
      `${seconds(result.search.seconds)} for ${result.search.pages} pages: ${formatBytes(result.search.bytes)} in ${result.search.files} files (${((result.search.seconds / cold) * 100).toFixed(0)}% of the cold build)`,
      '',
    ])
  }
  if (result.hugo) {
    const hugo = median(result.hugo.seconds)
    const ratio = cold / hugo
    const cpuRatio = median(result.cold.map((run) => run.cpuSeconds)) / median(result.hugo.cpuSeconds)
    rows.push(
      [`Hugo ${result.hugo.version}, same posts (minimal site)`, `${runs(result.hugo.seconds, seconds)}, CPU ${runs(result.hugo.cpuSeconds, seconds)}, ${result.hugo.pages} pages`, ''],
      ['recap cold build / Hugo', `${ratio.toFixed(1)}× wall time (${cpuRatio.toFixed(1)}× CPU time)`, `≤ ${TARGETS.hugoRatio}×: ${check(ratio <= TARGETS.hugoRatio)}`],
    )
  }
  for (const weight of result.weights) {
    const isPost = weight.label === 'post'
    rows.push([
      `${weight.label} ${weight.path}: JS / ours / HTML (gzip)`,
      `${formatBytes(weight.jsGzip)} in ${weight.scripts} scripts / ${formatBytes(weight.oursGzip)}${weight.ours.length ? ` (${weight.ours.map((path) => path.replace(/^\[project\]\//, '')).join(', ')})` : ''} / ${formatBytes(weight.htmlGzip)}`,
      isPost ? `ours ≤ ${formatBytes(TARGETS.oursOnPostBytes)}: ${check(weight.oursGzip <= TARGETS.oursOnPostBytes)}` : '',
    ])
  }
  if (result.longTail) {
    const tail = result.longTail
    rows.push([
      `long tail under next start (${tail.posts} posts not prerendered): first response / cached / a prerendered post, p50`,
      `${tail.firstP50Ms.toFixed(0)} ms (max ${tail.firstMaxMs.toFixed(0)} ms) / ${tail.cachedP50Ms.toFixed(0)} ms / ${tail.prerenderedP50Ms.toFixed(0)} ms`,
      `first < ${SCALE_TARGETS.firstP50Ms} ms: ${check(tail.firstP50Ms < SCALE_TARGETS.firstP50Ms)}; cached as fast as prerendered: ${check(tail.cachedP50Ms <= tail.prerenderedP50Ms * 1.2 + 2)}`,
    ])
  }
  if (result.posts >= SCALE_TARGETS.posts) {
    const peakAll = Math.max(...result.cold.map((run) => run.peakRssBytes), ...result.warm.map((run) => run.peakRssBytes))
    rows.push([
      `targets at ${SCALE_TARGETS.posts.toLocaleString('en')} posts (issue 18)`,
      `cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s, peak ${(peakAll / 1e9).toFixed(2)} GB`,
      `cold ≤ ${SCALE_TARGETS.coldSeconds} s: ${check(cold <= SCALE_TARGETS.coldSeconds)}; warm ≤ ${SCALE_TARGETS.warmSeconds} s: ${check(warm <= SCALE_TARGETS.warmSeconds)}; peak < 2 GB: ${check(peakAll < SCALE_TARGETS.peakBytes)}`,
    ])
  }
  if (result.load) {
    const load = result.load
    rows.push([
      `next start, post page, ${load.connections} connections × ${load.seconds} s`,
      `${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors (${load.requests} requests)`,
      `0 errors: ${check(load.errors === 0)}`,
    ])
  }
  const escape = (cell: string) => cell.replace(/\|/g, '\\|')
  return [
    `## ${result.date.slice(0, 16).replace('T', ' ')} UTC · ${result.commit}${result.isDirty ? ' (uncommitted changes)' : ''}`,
    '',
    `${result.posts} posts (${result.source}), Node ${result.node}; load average before ${result.loadBefore}, after ${result.loadAfter}.`,
    '',
    '| measure | value | target |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
    '',
  ].join('\n')
}
