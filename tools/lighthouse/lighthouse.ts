import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median } from '../bench/report'

/** The four Lighthouse categories, as the report names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** One Lighthouse run on one page, cut down to what the targets check. */
export type LighthouseSummary = {
  url: string
  /** 0-100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>
  lcpMs: number
  cls: number
  tbtMs: number
  /** Audits below full marks in accessibility, best practices and SEO: what to fix. */
  failing: string[]
}

type LighthouseJson = {
  finalDisplayedUrl?: string
  requestedUrl?: string
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode?: string }>
  runtimeError?: { code: string; message: string }
}

/** Reads a Lighthouse JSON report (lighthouse 12). */
export function summariseLighthouse(json: LighthouseJson): LighthouseSummary {
  if (json.runtimeError) throw new Error(`Lighthouse: ${json.runtimeError.code}: ${json.runtimeError.message}`)
  const score = (id: string) => Math.round((json.categories[id]?.score ?? 0) * 100)
  const failing: string[] = []
  for (const id of CATEGORIES.slice(1)) {
    for (const ref of json.categories[id]?.auditRefs ?? []) {
      const audit = json.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${id}: ${audit.title}`)
    }
  }
  return {
    url: json.finalDisplayedUrl ?? json.requestedUrl ?? '',
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: json.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    cls: json.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbtMs: json.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    failing: [...new Set(failing)],
  }
}

/** The median of several runs on one page, figure by figure; failing audits of any run. */
export function medianSummary(runs: readonly LighthouseSummary[]): LighthouseSummary {
  const of = (pick: (run: LighthouseSummary) => number) => median(runs.map(pick))
  return {
    url: runs[0].url,
    scores: {
      performance: of((run) => run.scores.performance),
      accessibility: of((run) => run.scores.accessibility),
      'best-practices': of((run) => run.scores['best-practices']),
      seo: of((run) => run.scores.seo),
    },
    lcpMs: of((run) => run.lcpMs),
    cls: of((run) => run.cls),
    tbtMs: of((run) => run.tbtMs),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  }
}

/**
 * Runs the Lighthouse CLI (mobile profile, its default) in headless Chromium on `url`, up to
 * `attempts` times: Lighthouse sometimes fails to record its trace (NO_NAVSTART, NO_FCP) on a
 * page that loads fine, and one such run should not cost a whole measurement.
 */
export async function runLighthouse(url: string, chromePath: string, attempts = 3): Promise<LighthouseSummary> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url, chromePath)
    } catch (error) {
      if (attempt >= attempts) throw error
      console.error(`lighthouse: attempt ${attempt} of ${attempts} failed (${error instanceof Error ? error.message : String(error)}); running it again`)
    }
  }
}

async function runLighthouseOnce(url: string, chromePath: string): Promise<LighthouseSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'recap-lighthouse-'))
  const output = join(dir, 'report.json')
  try {
    const cli = join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js')
    const args = [
      cli,
      url,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ]
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] })
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (status !== 0) throw new Error(`lighthouse exited with ${status} on ${url}`)
    return summariseLighthouse(JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A summary as table rows: page, the four scores, LCP, CLS, TBT. */
export function formatLighthouse(rows: readonly (LighthouseSummary & { label: string })[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      `| ${row.label} ${new URL(row.url).pathname} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} | ${(row.lcpMs / 1000).toFixed(2)} s | ${row.cls.toFixed(3)} | ${row.tbtMs.toFixed(0)} ms |`,
    ),
  ]
  const failing = rows.flatMap((row) => row.failing.map((audit) => `- ${row.label}: ${audit}`))
  return [...lines, ...(failing.length ? ['', 'Below full marks:', ...failing] : [])].join('\n')
}
