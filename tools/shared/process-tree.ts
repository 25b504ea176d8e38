import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Wall time and peak memory of a command and every process it starts (next build forks
 * workers, so the parent's own peak says little). Memory is sampled from /proc: the sum of the
 * resident sets of the whole tree at each sample, the highest sum wins. Pages shared between
 * processes count once per process, so the figure errs high, never low.
 */

/** One process as /proc shows it. */
export type ProcessInfo = { pid: number; ppid: number; rssBytes: number; cpuSeconds: number }

const PAGE_BYTES = 4096
// Linux reports CPU time in clock ticks of 1/100 s (sysconf(_SC_CLK_TCK)) on every platform Node runs on.
const TICKS_PER_SECOND = 100

/** Parses /proc/<pid>/stat: the name may hold spaces and parentheses, so fields are read after the last `)`. */
export function parseProcStat(text: string): ProcessInfo | undefined {
  const close = text.lastIndexOf(')')
  const pid = Number.parseInt(text, 10)
  if (close < 0 || !Number.isFinite(pid)) return undefined
  // After the name: state (field 3), ppid (4), … utime (14), stime (15), … rss (24).
  const fields = text.slice(close + 2).trim().split(/\s+/)
  const ppid = Number(fields[1])
  const ticks = Number(fields[11]) + Number(fields[12])
  const rssPages = Number(fields[21])
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages) || !Number.isFinite(ticks)) return undefined
  return { pid, ppid, rssBytes: rssPages * PAGE_BYTES, cpuSeconds: ticks / TICKS_PER_SECOND }
}

/** `root` and all its descendants. */
export function processTree(processes: readonly ProcessInfo[], root: number): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>()
  for (const info of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info])
  const self = processes.find((info) => info.pid === root)
  const tree: ProcessInfo[] = []
  const seen = new Set<number>()
  const stack = self ? [self] : []
  while (stack.length > 0) {
    const info = stack.pop()!
    if (seen.has(info.pid)) continue
    seen.add(info.pid)
    tree.push(info)
    stack.push(...(children.get(info.pid) ?? []))
  }
  return tree
}

/** The resident memory of `root` and all its descendants. */
export function treeRss(processes: readonly ProcessInfo[], root: number): number {
  return processTree(processes, root).reduce((sum, info) => sum + info.rssBytes, 0)
}

/** Every process /proc lists right now (those that end while being read are skipped). */
export function readProcesses(): ProcessInfo[] {
  const out: ProcessInfo[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const info = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'))
      if (info) out.push(info)
    } catch {
      // Ended between the listing and the read.
    }
  }
  return out
}

/**
 * What a measured command did. `cpuSeconds` is the CPU time (user + system) of the whole tree,
 * as last sampled: less swayed than wall time by other work on a shared machine.
 */
export type MeasuredRun = { status: number | null; seconds: number; cpuSeconds: number; peakRssBytes: number; output: string }

/**
 * Runs a command to its end, sampling the memory of its process tree every `intervalMs`.
 * Output is collected (last 64 KB printed on failure by the caller).
 */
export function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-256 * 1024)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let peak = 0
    const cpu = new Map<number, number>()
    const sample = () => {
      if (!child.pid) return
      const tree = processTree(readProcesses(), child.pid)
      peak = Math.max(peak, tree.reduce((sum, info) => sum + info.rssBytes, 0))
      for (const info of tree) cpu.set(info.pid, Math.max(cpu.get(info.pid) ?? 0, info.cpuSeconds))
    }
    const timer = setInterval(sample, options.intervalMs ?? 100)
    sample()
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('close', (status) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({ status, seconds, cpuSeconds: [...cpu.values()].reduce((sum, value) => sum + value, 0), peakRssBytes: peak, output })
    })
  })
}
