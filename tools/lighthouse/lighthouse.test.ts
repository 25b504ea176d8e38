import { describe, expect, it } from 'vitest'
import { formatLighthouse, medianSummary, summariseLighthouse } from './lighthouse'

const report = (performance: number, lcp: number) => ({
  finalDisplayedUrl: 'http://127.0.0.1:4511/tags/events/',
  categories: {
    performance: { score: performance, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
    accessibility: { score: 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 1, auditRefs: [{ id: 'canonical', weight: 0 }] },
  },
  audits: {
    'largest-contentful-paint': { score: 0.9, numericValue: lcp, title: 'LCP' },
    'cumulative-layout-shift': { score: 1, numericValue: 0, title: 'CLS' },
    'total-blocking-time': { score: 1, numericValue: 10, title: 'TBT' },
    'color-contrast': { score: 0, title: 'Background and foreground colors do not have a sufficient contrast ratio.' },
    'image-alt': { score: 1, title: 'Image elements have [alt] attributes' },
    canonical: { score: 0, title: 'Document does not have a valid rel=canonical' },
  },
})

describe('summariseLighthouse', () => {
  it('reads the four scores, LCP, CLS and TBT, and the weighted audits below full marks', () => {
    expect(summariseLighthouse(report(0.99, 1234))).toEqual({
      url: 'http://127.0.0.1:4511/tags/events/',
      scores: { performance: 99, accessibility: 96, 'best-practices': 100, seo: 100 },
      lcpMs: 1234,
      cls: 0,
      tbtMs: 10,
      failing: ['accessibility: Background and foreground colors do not have a sufficient contrast ratio.'],
    })
  })
  it('fails loudly when Lighthouse could not load the page', () => {
    expect(() => summariseLighthouse({ ...report(0, 0), runtimeError: { code: 'NO_FCP', message: 'no paint' } })).toThrow('NO_FCP')
  })
})

describe('medianSummary and formatLighthouse', () => {
  it('takes the median of each figure and prints one row per page', () => {
    const summary = medianSummary([report(0.9, 3000), report(1, 1000), report(0.98, 2000)].map(summariseLighthouse))
    expect(summary.scores.performance).toBe(98)
    expect(summary.lcpMs).toBe(2000)
    const table = formatLighthouse([{ label: 'tag', ...summary }])
    expect(table).toContain('| tag /tags/events/ | 98 | 96 | 100 | 100 | 2.00 s | 0.000 | 10 ms |')
    expect(table).toContain('- tag: accessibility: Background and foreground colors')
  })
})
