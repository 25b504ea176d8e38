import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Wall time and peak memory of a command and every process it starts (next build forks
 * workers, so the parent's own peak says little). Memory is sampled from /proc: the sum of the
 * resident sets of the whole tree at each sample, the highest sum wins. Pages shared between
 * processes count once per process, so the figure errs high, never low.
 */

/** One process as /proc shows it. */
export type ProcessInfo = { pid: number; ppid: number; rssBytes: number }

const PAGE_BYTES = 4096

/** Parses /proc/<pid>/stat: the name may hold spaces and parentheses, so fields are read after the last `)`. */
export function parseProcStat(text: string): ProcessInfo | undefined {
  const close = text.lastIndexOf(')')
  const pid = Number.parseInt(text, 10)
  if (close < 0 || !Number.isFinite(pid)) return undefined
  // After the name: state (field 3), ppid (4), … rss (24).
  const fields = text.slice(close + 2).trim().split(/\s+/)
  const ppid = Number(fields[1])
  const rssPages = Number(fields[21])
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined
  return { pid, ppid, rssBytes: rssPages * PAGE_BYTES }
}

/** The resident memory of `root` and all its descendants. */
export function treeRss(processes: readonly ProcessInfo[], root: number): number {
  const children = new Map<number, ProcessInfo[]>()
  for (const info of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info])
  const self = processes.find((info) => info.pid === root)
  let total = 0
  const seen = new Set<number>()
  const stack = self ? [self] : []
  while (stack.length > 0) {
    const info = stack.pop()!
    if (seen.has(info.pid)) continue
    seen.add(info.pid)
    total += info.rssBytes
    stack.push(...(children.get(info.pid) ?? []))
  }
  return total
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

/** What a measured command did. */
export type MeasuredRun = { status: number | null; seconds: number; peakRssBytes: number; output: string }

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
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(readProcesses(), child.pid))
    }
    const timer = setInterval(sample, options.intervalMs ?? 100)
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('close', (status) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({ status, seconds, peakRssBytes: peak, output })
    })
  })
}
