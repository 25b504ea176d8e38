import { describe, it, expect } from 'vitest'
import { formatTimestamp, parseDuration, parseSpeakers, parseStartTime, recordingSite, splitTalkText, youTubeId } from './talks'

describe('talks', () => {
  it('splits speakers and their organisations as recaps write them', () => {
    expect(parseSpeakers('Ben Lambert, Just\nFootball & Kevin Lingerfelt, Buoyant')).toEqual([
      { name: 'Ben Lambert', organisation: 'Just Football' },
      { name: 'Kevin Lingerfelt', organisation: 'Buoyant' },
    ])
    expect(parseSpeakers('The VS Code team')).toEqual([{ name: 'The VS Code team' }])
    expect(parseSpeakers('Ana; Bo, Red Hat')).toEqual([{ name: 'Ana' }, { name: 'Bo', organisation: 'Red Hat' }])
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

  it('finds YouTube ids in watch, youtu.be, embed and shorts URLs only', () => {
    expect(youTubeId('https://www.youtube.com/watch?v=Z3nfLI3z0hc')).toBe('Z3nfLI3z0hc')
    expect(youTubeId('https://youtu.be/vdxcaR3I2ic?t=359')).toBe('vdxcaR3I2ic')
    expect(youTubeId('https://www.youtube-nocookie.com/embed/E-zuggDfv0A')).toBe('E-zuggDfv0A')
    expect(youTubeId('https://youtube.com/shorts/ph_NqGNHdhM')).toBe('ph_NqGNHdhM')
    expect(youTubeId('https://vimeo.com/123')).toBeUndefined()
    expect([recordingSite('https://youtu.be/vdxcaR3I2ic'), recordingSite('https://www.vimeo.com/123'), recordingSite('nope')]).toEqual(['YouTube', 'vimeo.com', undefined])
  })

  it('formats timestamps as players do', () => {
    expect([59, 359, 1201, 3723].map(formatTimestamp)).toEqual(['0:59', '5:59', '20:01', '1:02:03'])
  })

  it('takes speakers after the link, or after the last dash of its text', () => {
    expect(splitTalkText('Intro to Linkerd', ': William\n  Morgan, Buoyant')).toEqual({ title: 'Intro to Linkerd', speakers: 'William Morgan, Buoyant' })
    expect(splitTalkText('Intro: Linkerd - William Morgan, Buoyant', '')).toEqual({ title: 'Intro: Linkerd', speakers: 'William Morgan, Buoyant' })
    expect(splitTalkText('No speakers here', '')).toEqual({ title: 'No speakers here', speakers: '' })
  })
})
