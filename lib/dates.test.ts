import { describe, it, expect } from 'vitest'
import { parseContentDate, formatLongDay, formatDayRange } from './dates'

describe('parseContentDate', () => {
  it.each([
    // [written, ISO instant, permalink day]
    ['Fri, 31 May 2019 09:00:00 +0000', '2019-05-31T09:00:00.000Z', [2019, 5, 31]],
    ['Fri, 31 May 2019 23:30:00 -0700', '2019-06-01T06:30:00.000Z', [2019, 5, 31]],
    ['31 May 2019 09:00 GMT', '2019-05-31T09:00:00.000Z', [2019, 5, 31]],
    ['2019-05-21T01:00:00+09:00', '2019-05-20T16:00:00.000Z', [2019, 5, 21]],
    ['2019-04-10T10:12:45-07:00', '2019-04-10T17:12:45.000Z', [2019, 4, 10]],
    ['2019-05-21T01:00:00Z', '2019-05-21T01:00:00.000Z', [2019, 5, 21]],
    ['2019-05-21T01:00:00', '2019-05-21T01:00:00.000Z', [2019, 5, 21]],
    ['2019-05-21 01:00', '2019-05-21T01:00:00.000Z', [2019, 5, 21]],
    ['2024-05-01', '2024-05-01T00:00:00.000Z', [2024, 5, 1]],
    ['2019-05-21T01:00:00.250+0200', '2019-05-20T23:00:00.250Z', [2019, 5, 21]],
  ])('reads %s with its own calendar day', (written, iso, [year, month, day]) => {
    expect(parseContentDate(written)).toEqual({ iso, day: { year, month, day } })
  })

  it('ignores a wrong weekday in RFC 2822 dates, as Hugo does', () => {
    // 12 May 2019 was a Sunday; the Linkerd blog wrote Monday.
    expect(parseContentDate('Mon, 12 May 2019 09:00:00 +0000')?.day).toEqual({ year: 2019, month: 5, day: 12 })
  })

  it.each(['May 3rd', '2019-02-30', '2019-13-01', '2019-05-21T25:00', 'yesterday', '', '2019-05-21T01:00:00+25:00', '32 May 2019'])(
    'refuses %j',
    (written) => {
      expect(parseContentDate(written)).toBeNull()
    },
  )
})

describe('formatting days', () => {
  it('formats in UTC so a day never shifts', () => {
    expect(formatLongDay({ year: 2019, month: 5, day: 31 })).toBe('May 31, 2019')
  })
  it('formats a range of event days compactly', () => {
    expect(formatDayRange({ year: 2019, month: 5, day: 20 }, { year: 2019, month: 5, day: 23 })).toMatch(/^May 20\s*–\s*23, 2019$/)
    expect(formatDayRange({ year: 2019, month: 5, day: 20 }, undefined)).toBe('May 20, 2019')
  })
})
