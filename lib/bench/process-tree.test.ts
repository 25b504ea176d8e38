import { describe, expect, it } from 'vitest'
import { measureCommand, parseProcStat, treeRss } from './process-tree'

describe('parseProcStat', () => {
  it('reads pid, parent and resident pages, whatever the process is called', () => {
    const fields = ['S', '41', ...Array.from({ length: 19 }, (_, i) => String(i)), '250', '0']
    expect(parseProcStat(`1234 (next-build (worker) 1) ${fields.join(' ')}`)).toEqual({ pid: 1234, ppid: 41, rssBytes: 250 * 4096 })
  })
  it('gives up on text that is not a stat line', () => {
    expect(parseProcStat('garbage')).toBeUndefined()
  })
})

describe('treeRss', () => {
  it('sums a process and all its descendants, and nothing else', () => {
    const processes = [
      { pid: 1, ppid: 0, rssBytes: 1000 },
      { pid: 10, ppid: 1, rssBytes: 100 },
      { pid: 11, ppid: 10, rssBytes: 20 },
      { pid: 12, ppid: 11, rssBytes: 3 },
      { pid: 20, ppid: 1, rssBytes: 7000 },
    ]
    expect(treeRss(processes, 10)).toBe(123)
    expect(treeRss(processes, 1)).toBe(8123)
    expect(treeRss(processes, 99)).toBe(0)
  })
})

describe('measureCommand', () => {
  it('times a command and sees the memory of its children', async () => {
    // A child that holds ~64 MB for a moment: the tree's peak must include it.
    const script = "const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600)"
    const run = await measureCommand('sh', ['-c', `"${process.execPath}" -e "${script}"`], { cwd: process.cwd(), env: process.env, intervalMs: 50 })
    expect(run.status).toBe(0)
    expect(run.output.trim()).toBe('1')
    expect(run.seconds).toBeGreaterThan(0.5)
    expect(run.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024)
  })
})
