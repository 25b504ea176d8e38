import { describe, expect, it } from 'vitest'
import { curveSvg, curveTable, mergePoint, niceMax, type CurvePoint } from './curve'

const point = (posts: number, coldSeconds: number): CurvePoint => ({
  posts,
  date: '2026-12-01T10:00:00.000Z',
  commit: 'abc1234',
  loadBefore: '0.50 0.40 0.30',
  coldSeconds,
  warmSeconds: coldSeconds / 2,
  peakBytes: 1.5 * 1024 ** 3,
  pagesPrerendered: 1200,
  firstMs: 80,
  cachedMs: 5,
  prerenderedMs: 5,
  hugoSeconds: 2,
})

describe('the bench curve', () => {
  it('keeps one point per size, the latest, sorted by size', () => {
    const points = mergePoint(mergePoint(mergePoint([], point(10_000, 300)), point(1000, 70)), point(10_000, 120))
    expect(points.map((p) => [p.posts, p.coldSeconds])).toEqual([[1000, 70], [10_000, 120]])
  })
  it('writes one table row per size with build times, memory, pages and long-tail responses', () => {
    const table = curveTable([point(1000, 70), point(3000, 90)])
    expect(table.split('\n')).toHaveLength(4)
    expect(table).toContain('| 3,000 | 90.0 s | 45.0 s | 1.50 GiB | 1200 | 80 ms | 5 ms | 5 ms | 2.0 s |')
  })
  it('draws cold, warm and memory lines with a point per size', () => {
    const svg = curveSvg([point(1000, 70), point(3000, 90), point(10_000, 120)])
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.match(/<polyline/g)).toHaveLength(3)
    expect(svg.match(/<circle/g)).toHaveLength(9)
    expect(svg).toContain('>10,000</text>')
  })
  it('rounds axes up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(73)).toBe(100)
    expect(niceMax(1.6)).toBe(2)
    expect(niceMax(420)).toBe(500)
  })
})
