import { describe, it, expect } from 'vitest'
import { formatTimestamp, isSpeakerText, parseSpeakers, recordingSite, splitTalkText } from './talks'

describe('talks', () => {
  it('splits speakers and their organisations as recaps write them', () => {
    expect(parseSpeakers('Ben Lambert, Just\nFootball & Kevin Lingerfelt, Buoyant')).toEqual([
      { name: 'Ben Lambert', organisation: 'Just Football' },
      { name: 'Kevin Lingerfelt', organisation: 'Buoyant' },
    ])
    expect(parseSpeakers('The VS Code team')).toEqual([{ name: 'The VS Code team' }])
    expect(parseSpeakers('Ana; Bo, Red Hat')).toEqual([{ name: 'Ana' }, { name: 'Bo', organisation: 'Red Hat' }])
  })

  it('reads the other ways people write a speaker: Name (Company), Name - Company, "by", "and" between names', () => {
    expect(parseSpeakers('Ada Park (recap) & Bo Chen - Red Hat')).toEqual([
      { name: 'Ada Park', organisation: 'recap' },
      { name: 'Bo Chen', organisation: 'Red Hat' },
    ])
    expect(parseSpeakers('by Risha Mars and William Morgan')).toEqual([{ name: 'Risha Mars' }, { name: 'William Morgan' }])
    expect(parseSpeakers('Ana Lee, Johnson and Johnson')).toEqual([{ name: 'Ana Lee', organisation: 'Johnson and Johnson' }])
    expect(parseSpeakers('Inês Carvalho – Porto Tech Hub.')).toEqual([{ name: 'Inês Carvalho', organisation: 'Porto Tech Hub' }])
  })

  it('tells speakers after a link from a sentence', () => {
    expect(['', ': Bryan Liles, VMware', ' - W. Morgan & Ada Park', ' by zsolt homorodi (Nokia)', ', Dr. Ana Lee'].map(isSpeakerText)).toEqual([true, true, true, true, true])
    expect([' shows how to install it.', ': it explains the basics', ' and then some. It takes an hour.'].map(isSpeakerText)).toEqual([false, false, false])
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
