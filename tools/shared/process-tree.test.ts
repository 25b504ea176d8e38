import { describe, expect, it } from 'vitest'
import { measureCommand, parseProcStat, treeRss } from './process-tree'

describe('parseProcStat', () => {
  it('reads pid, parent and resident pages, whatever the process is called', () => {
    // Fields 3 to 25 of /proc/<pid>/stat: state, ppid, … utime (14) = 150, stime (15) = 25, … rss (24) = 250.
    const fields = ['S', '41', ...Array.from({ length: 19 }, (_, i) => String(i === 9 ? 150 : i === 10 ? 25 : i)), '250', '0']
    expect(parseProcStat(`1234 (next-build (worker) 1) ${fields.join(' ')}`)).toEqual({ pid: 1234, ppid: 41, rssBytes: 250 * 4096, cpuSeconds: 1.75 })
  })
  it('gives up on text that is not a stat line', () => {
    expect(parseProcStat('garbage')).toBeUndefined()
  })
})

describe('treeRss', () => {
  it('sums a process and all its descendants, and nothing else', () => {
    const processes = [
      { pid: 1, ppid: 0, rssBytes: 1000, cpuSeconds: 0 },
      { pid: 10, ppid: 1, rssBytes: 100, cpuSeconds: 0 },
      { pid: 11, ppid: 10, rssBytes: 20, cpuSeconds: 0 },
      { pid: 12, ppid: 11, rssBytes: 3, cpuSeconds: 0 },
      { pid: 20, ppid: 1, rssBytes: 7000, cpuSeconds: 0 },
    ]
    expect(treeRss(processes, 10)).toBe(123)
    expect(treeRss(processes, 1)).toBe(8123)
    expect(treeRss(processes, 99)).toBe(0)
  })
})

describe('measureCommand', () => {
  it('times a command and sees the memory and CPU time of its children', async () => {
    // A child that holds ~64 MB and spins for a moment: the tree's peak and CPU time must include it.
    const script = "const b = Buffer.alloc(64 * 1024 * 1024, 1); const start = process.cpuUsage(); while (process.cpuUsage(start).user < 400000); setTimeout(() => console.log(b[0]), 300)"
    const run = await measureCommand('sh', ['-c', `"${process.execPath}" -e "${script}"`], { cwd: process.cwd(), env: process.env, intervalMs: 50 })
    expect(run.status).toBe(0)
    expect(run.output.trim()).toBe('1')
    expect(run.seconds).toBeGreaterThan(0.6)
    expect(run.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024)
    expect(run.cpuSeconds).toBeGreaterThan(0.35)
  })
})
