import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { formatSeconds, progressLine, startProgress } from './progress'

/** A stream that keeps what is written, as a CI log would. */
function logStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString()
      done()
    },
  }) as unknown as NodeJS.WriteStream
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true })
  return { stream, text: () => text }
}

describe('progress', () => {
  it('formats counts, percentage, elapsed time and time left', () => {
    expect(progressLine('check', 'posts', 250, 1000, 10)).toBe('check: 250/1000 posts (25%), 10 s, about 30 s left')
    expect(progressLine('check', 'posts', 1000, 1000, 40)).toBe('check: 1000/1000 posts (100%), 40 s')
    expect(formatSeconds(185)).toBe('3 min 05 s')
  })
  it('prints a plain line every few seconds and one at the end when not on a terminal', async () => {
    const log = logStream(false)
    const progress = startProgress('compile', 'posts', 3, { stream: log.stream, everySeconds: 0.05 })
    progress.tick()
    expect(log.text()).toBe('')
    await new Promise((done) => setTimeout(done, 80))
    progress.tick()
    progress.tick()
    progress.stop()
    const lines = log.text().trim().split('\n')
    expect(lines[0]).toMatch(/^compile: 2\/3 posts \(66%\), \d+ s, about \d+ s left$/)
    expect(lines.at(-1)).toMatch(/^compile: 3\/3 posts \(100%\)/)
  })
  it('draws a bar with counts and time left on a terminal', () => {
    const log = logStream(true)
    const progress = startProgress('check', 'posts', 10, { stream: log.stream })
    progress.tick(5)
    progress.stop()
    expect(log.text()).toMatch(/check \[[=-]+\] 5\/10 posts \| 50% \|/)
  })
  it('says nothing when quiet or when there is nothing to do', () => {
    const log = logStream(false)
    startProgress('check', 'posts', 10, { stream: log.stream, isQuiet: true }).stop()
    startProgress('check', 'posts', 0, { stream: log.stream }).stop()
    expect(log.text()).toBe('')
  })
})
