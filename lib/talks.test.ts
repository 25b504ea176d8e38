import { describe, it, expect } from 'vitest'
import { formatTimestamp, parseSpeakers, recordingSite, splitTalkText } from './talks'

describe('talks', () => {
  it('splits speakers and their organisations as recaps write them', () => {
    expect(parseSpeakers('Ben Lambert, Just\nFootball & Kevin Lingerfelt, Buoyant')).toEqual([
      { name: 'Ben Lambert', organisation: 'Just Football' },
      { name: 'Kevin Lingerfelt', organisation: 'Buoyant' },
    ])
    expect(parseSpeakers('The VS Code team')).toEqual([{ name: 'The VS Code team' }])
    expect(parseSpeakers('Ana; Bo, Red Hat')).toEqual([{ name: 'Ana' }, { name: 'Bo', organisation: 'Red Hat' }])
  })

  it('names where a recording lives: YouTube, else its host', () => {
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
