import { describe, expect, it } from 'vitest'
import { formatBench, formatBytes, median, readSearchLine, readTrace, type BenchResult } from './report'

const result: BenchResult = {
  date: '2026-11-25T01:00:00.000Z',
  commit: 'abc1234',
  isDirty: false,
  node: '20.20.2',
  posts: 1000,
  source: 'copies of 73 corpus posts',
  loadBefore: '1.00 1.00 1.00',
  loadAfter: '2.00 2.00 2.00',
  cold: [
    { seconds: 30, cpuSeconds: 40, peakRssBytes: 900 * 1024 ** 2 },
    { seconds: 20, cpuSeconds: 30, peakRssBytes: 800 * 1024 ** 2 },
    { seconds: 25, cpuSeconds: 35, peakRssBytes: 1.6 * 1024 ** 3, trace: { contentLoadsByProcess: [1, 1], counters: { 'mdx-cache-miss': 1000 } } },
  ],
  warm: [{ seconds: 12, cpuSeconds: 14, peakRssBytes: 700 * 1024 ** 2, trace: { contentLoadsByProcess: [1], counters: { 'mdx-cache-hit': 999, 'mdx-cache-miss': 1 } } }],
  pages: 1200,
  hugo: { seconds: [2, 2.5, 3], cpuSeconds: [3.5, 4, 4.5], pages: 1500, version: 'v0.111.3' },
  weights: [
    { label: 'post', path: '/2019/05/24/x/', htmlGzip: 4000, jsGzip: 140_000, scripts: 6, oursGzip: 3000, ours: ['[project]/components/you-tube-player.tsx'] },
  ],
  load: { url: 'http://127.0.0.1/x/', connections: 10, seconds: 10, requestsPerSecond: 812.4, p50Ms: 11, p99Ms: 40, errors: 0, requests: 8124 },
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2.0 KiB')
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GiB')
  })
})

describe('readTrace', () => {
  it('counts content loads per process and sums the counters of every process', () => {
    const output = [
      '  Generating static pages using 2 workers',
      'recap-trace pid=11 content-load posts=1005 ms=812',
      'recap-trace pid=12 content-load posts=1005 ms=790',
      'recap-trace pid=12 content-load posts=1005 ms=20',
      'recap-trace pid=11 content-loads=1 mdx-cache-hit=400 mdx-cache-miss=2 memory rss=900MB heap-used=300MB',
      'recap-trace pid=12 content-loads=2 mdx-cache-hit=500',
    ].join('\n')
    expect(readTrace(output)).toEqual({ contentLoadsByProcess: [1, 2], counters: { 'content-loads': 3, 'mdx-cache-hit': 900, 'mdx-cache-miss': 2 } })
  })
})

describe('formatBench', () => {
  const text = formatBench(result)
  it('heads the section with the date and commit, and says how loaded the machine was', () => {
    expect(text).toMatch(/^## 2026-11-25 01:00 UTC · abc1234\n/)
    expect(text).toContain('load average before 1.00 1.00 1.00, after 2.00 2.00 2.00')
  })
  it('reports medians, the Hugo ratio and each target as met or missed', () => {
    const fragments = [
      '| build, cold (next build) | 25.0 s (median of 30.0 s, 20.0 s, 25.0 s) |  |',
      '| recap cold build / Hugo | 10.0× wall time (8.8× CPU time) | ≤ 10×: met |',
      '| CPU time (user + system, whole tree), cold / warm | 35.0 s (median of 40.0 s, 30.0 s, 35.0 s) / 14.0 s |  |',
      '| build trace, cold | content loaded 1 + 1 time(s) in 2 process(es); mdx-cache-miss 1000 |  |',
      '| build trace, warm | content loaded 1 time(s) in 1 process(es); mdx-cache-hit 999, mdx-cache-miss 1 |  |',
      'faster than cold: met (48% of cold)',
      '| peak memory (whole build process tree) | 1.60 GiB',
      '< 1.50 GiB: **missed**',
      'ours ≤ 2.0 KiB: **missed**',
      'components/you-tube-player.tsx',
      '812 req/s, p50 11 ms, p99 40 ms, 0 errors (8124 requests) | 0 errors: met |',
      '| ms per post (cold) | 25 ms |',
    ]
    for (const fragment of fragments) expect(text).toContain(fragment)
  })
})

describe('readSearchLine', () => {
  it("reads the search tool's summary", () => {
    expect(readSearchLine('x\nsearch: 1002 pages, 23001 words indexed into public/pagefind/ (812 files, 5120 KB) in 2100 ms\n')).toEqual({ pages: 1002, files: 812, bytes: 5120 * 1024 })
    expect(readSearchLine('nothing')).toBeUndefined()
  })
})
