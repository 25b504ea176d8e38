import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { median, type BenchResult } from './report'

/**
 * The curve of build cost against blog size: each `npm run bench` run records its size's figures
 * in bench/curve.json (the latest run of each size wins), and the bench redraws bench/curve.svg
 * (posts against seconds and against memory) and the Markdown table from it.
 */

/** One size's figures. */
export type CurvePoint = {
  posts: number
  date: string
  commit: string
  loadBefore: string
  coldSeconds: number
  warmSeconds: number
  peakBytes: number
  pagesPrerendered: number
  /** A long-tail post's first response (rendered on request) and its cached response, p50 in ms. */
  firstMs?: number
  cachedMs?: number
  /** A prerendered post's response, p50 in ms, for comparison. */
  prerenderedMs?: number
  hugoSeconds?: number
}

/** The point a bench result adds. */
export function pointOf(result: BenchResult): CurvePoint {
  return {
    posts: result.posts,
    date: result.date,
    commit: result.commit + (result.isDirty ? '+' : ''),
    loadBefore: result.loadBefore,
    coldSeconds: median(result.cold.map((run) => run.seconds)),
    warmSeconds: median(result.warm.map((run) => run.seconds)),
    peakBytes: Math.max(...result.cold.map((run) => run.peakRssBytes), ...result.warm.map((run) => run.peakRssBytes)),
    pagesPrerendered: result.pages,
    firstMs: result.longTail?.firstP50Ms,
    cachedMs: result.longTail?.cachedP50Ms,
    prerenderedMs: result.longTail?.prerenderedP50Ms,
    hugoSeconds: result.hugo ? median(result.hugo.seconds) : undefined,
  }
}

/** The points in `file`, with `point` replacing the one of its size; sorted by size. */
export function mergePoint(points: readonly CurvePoint[], point: CurvePoint): CurvePoint[] {
  return [...points.filter((each) => each.posts !== point.posts), point].sort((a, b) => a.posts - b.posts)
}

export function readCurve(file: string): CurvePoint[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CurvePoint[]) : []
}

export function writeCurve(file: string, points: readonly CurvePoint[]): void {
  writeFileSync(file, `${JSON.stringify(points, null, 2)}\n`)
}

const gib = (bytes: number) => bytes / 1024 ** 3
const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`)

/** The curve as a Markdown table, one row per size. */
export function curveTable(points: readonly CurvePoint[]): string {
  const rows = points.map((point) =>
    [
      point.posts.toLocaleString('en'),
      `${point.coldSeconds.toFixed(1)} s`,
      `${point.warmSeconds.toFixed(1)} s`,
      `${gib(point.peakBytes).toFixed(2)} GiB`,
      String(point.pagesPrerendered),
      ms(point.firstMs),
      ms(point.cachedMs),
      ms(point.prerenderedMs),
      point.hugoSeconds === undefined ? 'n/a' : `${point.hugoSeconds.toFixed(1)} s`,
      `${point.date.slice(0, 16).replace('T', ' ')} · ${point.commit} · load ${point.loadBefore.split(' ')[0]}`,
    ].join(' | '),
  )
  return [
    '| posts | cold build | warm build (1 post changed) | peak memory (build tree) | pages prerendered | long-tail post, first response p50 | same, cached p50 | prerendered post p50 | Hugo | run |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}

/** The curve as an SVG line chart: posts (x) against build seconds (left axis) and peak GiB (right axis). */
export function curveSvg(points: readonly CurvePoint[]): string {
  const width = 720
  const height = 400
  const left = 64
  const right = 64
  const top = 40
  const bottom = 56
  const plotW = width - left - right
  const plotH = height - top - bottom
  const maxPosts = Math.max(1, ...points.map((p) => p.posts))
  const maxSeconds = niceMax(Math.max(1, ...points.flatMap((p) => [p.coldSeconds, p.warmSeconds])))
  const maxGib = niceMax(Math.max(0.5, ...points.map((p) => gib(p.peakBytes))))
  const x = (posts: number) => left + (posts / maxPosts) * plotW
  const ySeconds = (seconds: number) => top + plotH - (seconds / maxSeconds) * plotH
  const yGib = (value: number) => top + plotH - (value / maxGib) * plotH
  const line = (values: [number, number][], color: string, dash = '') =>
    `<polyline fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${values.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>` +
    values.map(([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${color}"/>`).join('')
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  const grid = ticks
    .map((t) => {
      const py = top + plotH - t * plotH
      return `<line x1="${left}" x2="${left + plotW}" y1="${py}" y2="${py}" stroke="#e4e0d7"/>` +
        `<text x="${left - 8}" y="${py + 4}" text-anchor="end">${(t * maxSeconds).toFixed(0)} s</text>` +
        `<text x="${left + plotW + 8}" y="${py + 4}">${(t * maxGib).toFixed(1)} GiB</text>`
    })
    .join('')
  const xLabels = points.map((p) => `<text x="${x(p.posts).toFixed(1)}" y="${top + plotH + 20}" text-anchor="middle">${p.posts.toLocaleString('en')}</text>`).join('')
  const legend = [
    ['#5b2fd0', '', 'cold build (s)'],
    ['#5b2fd0', '6 4', 'warm build, one post changed (s)'],
    ['#c2410c', '', 'peak memory (GiB, right axis)'],
  ]
    .map(([color, dash, label], i) => `<line x1="${left + i * 210}" x2="${left + i * 210 + 24}" y1="20" y2="20" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${left + i * 210 + 30}" y="24">${label}</text>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" fill="#1d1b24">
<title>recap: next build time and peak memory against posts (npm run bench)</title>
<rect width="${width}" height="${height}" fill="#ffffff"/>
${grid}${legend}${xLabels}
<text x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">posts</text>
${line(points.map((p) => [x(p.posts), ySeconds(p.coldSeconds)]), '#5b2fd0')}
${line(points.map((p) => [x(p.posts), ySeconds(p.warmSeconds)]), '#5b2fd0', '6 4')}
${line(points.map((p) => [x(p.posts), yGib(gib(p.peakBytes))]), '#c2410c')}
</svg>
`
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? 10 * power
}
