import { describe, it, expect } from 'vitest'
import { parseDuration, parseStartTime, playerVideo, vimeoPlayerUrl, vimeoWatchUrl, youTubeId, youTubePlayerUrl, youTubeWatchUrl } from './video-urls'

describe('video URLs', () => {
  it('reads the video of a YouTube or Vimeo player URL, with the options the site keeps', () => {
    expect(playerVideo('https://www.youtube.com/embed/Z3nfLI3z0hc?start=30&end=90&autoplay=1')).toEqual({ site: 'YouTube', id: 'Z3nfLI3z0hc', start: '30', end: '90' })
    expect(playerVideo('https://youtube-nocookie.com/embed/Z3nfLI3z0hc/?start=1m30s')).toEqual({ site: 'YouTube', id: 'Z3nfLI3z0hc' })
    expect(playerVideo(' //player.vimeo.com/video/76979871?h=8272103f6e')).toEqual({ site: 'Vimeo', id: '76979871', hash: '8272103f6e' })
    expect(playerVideo('https://player.vimeo.com/video/76979871?h=not-hex')).toEqual({ site: 'Vimeo', id: '76979871' })
  })

  it('knows the players only on their own hosts', () => {
    expect(playerVideo('https://evil.example/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(playerVideo('https://www.youtube.com.evil.example/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(playerVideo('javascript://www.youtube.com/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(playerVideo('https://vimeo.com/76979871')).toBeUndefined()
  })

  it('takes only a player as a player: no watch page, other path, bad id or site path', () => {
    expect(playerVideo('https://www.youtube.com/watch?v=Z3nfLI3z0hc')).toBeUndefined()
    expect(playerVideo('https://www.youtube.com/embed/not-an-id')).toBeUndefined()
    expect(playerVideo('https://www.youtube.com/embed/Z3nfLI3z0hc/extra')).toBeUndefined()
    expect(playerVideo('https://music.youtube.com/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(playerVideo('https://player.vimeo.com/video/abc')).toBeUndefined()
    expect(playerVideo('/embed/Z3nfLI3z0hc')).toBeUndefined()
  })

  it('finds YouTube ids in watch, youtu.be, embed and shorts URLs only', () => {
    expect(youTubeId('https://www.youtube.com/watch?v=Z3nfLI3z0hc')).toBe('Z3nfLI3z0hc')
    expect(youTubeId('https://youtu.be/vdxcaR3I2ic?t=359')).toBe('vdxcaR3I2ic')
    expect(youTubeId('https://www.youtube-nocookie.com/embed/E-zuggDfv0A')).toBe('E-zuggDfv0A')
    expect(youTubeId('https://youtube.com/shorts/ph_NqGNHdhM')).toBe('ph_NqGNHdhM')
    expect(youTubeId('https://vimeo.com/123')).toBeUndefined()
  })

  it('reads start times from ?t=, &t=, #t= and ?start=', () => {
    expect(parseStartTime('https://youtu.be/vdxcaR3I2ic?t=359')).toBe(359)
    expect(parseStartTime('https://www.youtube.com/watch?v=abc&t=1m30s')).toBe(90)
    expect(parseStartTime('https://www.youtube.com/watch?v=fOvpMfunD4s#t=20m01s')).toBe(1201)
    expect(parseStartTime('https://www.youtube.com/embed/abc?start=45')).toBe(45)
    expect(parseStartTime('https://www.youtube.com/watch?v=abc')).toBeUndefined()
    expect(parseStartTime('not a url')).toBeUndefined()
  })

  it('reads durations in every spelling players use', () => {
    expect(['359', '359s', '5m59s', '1h2m3s', '1:30', '1:02:03'].map(parseDuration)).toEqual([359, 359, 359, 3723, 90, 3723])
    expect(parseDuration('soon')).toBeUndefined()
    expect(parseDuration('')).toBeUndefined()
  })

  it('writes the pages and players the site links to, which read back as the same video', () => {
    expect(youTubeWatchUrl('Z3nfLI3z0hc')).toBe('https://www.youtube.com/watch?v=Z3nfLI3z0hc')
    expect(youTubeWatchUrl('Z3nfLI3z0hc', '42')).toBe('https://www.youtube.com/watch?v=Z3nfLI3z0hc&t=42s')
    expect(youTubePlayerUrl('Z3nfLI3z0hc', { start: '30', end: '90' })).toBe('https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc?autoplay=1&start=30&end=90')
    expect(vimeoWatchUrl('76979871', '8272103f6e')).toBe('https://vimeo.com/76979871/8272103f6e')
    expect(vimeoPlayerUrl('76979871', '8272103f6e')).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e')
    expect(playerVideo(youTubePlayerUrl('Z3nfLI3z0hc', { start: '30' }))).toEqual({ site: 'YouTube', id: 'Z3nfLI3z0hc', start: '30' })
    expect(playerVideo(vimeoPlayerUrl('76979871', '8272103f6e'))).toEqual({ site: 'Vimeo', id: '76979871', hash: '8272103f6e' })
    expect(youTubeId(youTubeWatchUrl('Z3nfLI3z0hc', '42'))).toBe('Z3nfLI3z0hc')
    expect(parseStartTime(youTubeWatchUrl('Z3nfLI3z0hc', '42'))).toBe(42)
  })
})
