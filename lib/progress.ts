import { SingleBar } from 'cli-progress'

/**
 * Progress of long work (the build's compile step, `npm run check`, `import:hugo`, `npm run bench`):
 * on a terminal a bar with counts and time left (cli-progress); elsewhere (CI logs, a build's
 * piped output) a plain line every few seconds, and one at the end.
 */

/** A running count of done items. */
export type Progress = {
  /** Marks `by` more items done. */
  tick: (by?: number) => void
  /** Ends the bar, or prints the last plain line. */
  stop: () => void
}

export type ProgressOptions = {
  /** Where to write: stderr unless said otherwise. */
  stream?: NodeJS.WriteStream
  /** Seconds between plain lines (not on a terminal). */
  everySeconds?: number
  /** A terminal or not; default: the stream's own word. */
  isTTY?: boolean
  /** Nothing at all (tests, --json). */
  isQuiet?: boolean
}

/** `12 s`, `3 min 05 s`. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const whole = Math.max(0, Math.round(seconds))
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

/** The plain line: `compile: 120/1000 posts (12%), 9 s, about 66 s left`. */
export function progressLine(label: string, unit: string, done: number, total: number, elapsedSeconds: number): string {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const left = done > 0 && done < total ? `, about ${formatSeconds((elapsedSeconds / done) * (total - done))} left` : ''
  return `${label}: ${done}/${total} ${unit} (${percent}%), ${formatSeconds(elapsedSeconds)}${left}`
}

/** Starts showing progress of `total` items. */
export function startProgress(label: string, unit: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr
  if (options.isQuiet || total === 0) return { tick: () => undefined, stop: () => undefined }
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  let done = 0
  if (options.isTTY ?? stream.isTTY === true) {
    const bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {value}/{total} ${unit} | {percentage}% | {duration_formatted} | {eta_formatted} left`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
      clearOnComplete: false,
    })
    bar.start(total, 0)
    return {
      tick: (by = 1) => {
        done += by
        bar.update(done)
      },
      stop: () => bar.stop(),
    }
  }
  const everyMs = (options.everySeconds ?? 5) * 1000
  let last = performance.now()
  return {
    tick: (by = 1) => {
      done += by
      const now = performance.now()
      if (now - last >= everyMs && done < total) {
        last = now
        stream.write(`${progressLine(label, unit, done, total, elapsed())}\n`)
      }
    },
    stop: () => {
      stream.write(`${progressLine(label, unit, done, total, elapsed())}\n`)
    },
  }
}
