/**
 * Dates as Hugo reads them from front matter: ISO 8601 (with or without time and offset) and
 * RFC 2822 / RFC 1123 (`Fri, 31 May 2019 09:00:00 +0000`). A permalink takes the calendar day
 * as written, in the date's own offset, so we keep both the instant and the written day.
 */

export type CalendarDay = { year: number; month: number; day: number }

export type ContentDate = {
  /** The instant, as an ISO string in UTC. */
  iso: string
  /** The calendar day as written (in the date's own offset): what a permalink shows. */
  day: CalendarDay
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// 2019-05-21, 2019-05-21T01:00:00+09:00, 2019-05-21 01:00, 2019-05-21T01:00:00.123Z
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
// [Fri, ]31 May 2019[ 09:00[:00]] [+0000|GMT|UTC|Z]; the weekday is ignored, as Go's time package does.
const RFC_2822_DATE =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|GMT|UTC|UT|Z))?$/

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || /^(z|gmt|utc|ut)$/i.test(zone)) return 0
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!match) return null
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  if (minutes > 18 * 60) return null
  return match[1] === '-' ? -minutes : minutes
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  offset: number,
): ContentDate | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond)
  const check = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 31 April over to 1 May; a date that does not exist is not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return { iso: new Date(local - offset * 60_000).toISOString(), day: { year, month, day } }
}

/** Parses a front matter date as Hugo accepts it; null when it is not one. Dates without an offset are UTC. */
export function parseContentDate(value: string): ContentDate | null {
  const text = value.trim()
  const iso = ISO_DATE.exec(text)
  if (iso) {
    const offset = offsetMinutes(iso[8])
    if (offset === null) return null
    const fraction = iso[7] ? Number(iso[7].slice(0, 3).padEnd(3, '0')) : 0
    return build(+iso[1], +iso[2], +iso[3], +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), fraction, offset)
  }
  const rfc = RFC_2822_DATE.exec(text)
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].slice(0, 3).toLowerCase()) + 1
    const offset = offsetMinutes(rfc[7])
    if (month === 0 || offset === null) return null
    return build(+rfc[3], month, +rfc[1], +(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0), 0, offset)
  }
  return null
}

/** A calendar day as YYYY-MM-DD. */
export function formatDay({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** A calendar day for readers, e.g. "May 31, 2019" (formatted in UTC so it never shifts). */
export function formatLongDay(day: CalendarDay): string {
  return longDate.format(Date.UTC(day.year, day.month - 1, day.day))
}

/** A range of days for an event: "May 20–23, 2019", "May 30 – June 2, 2019". */
export function formatDayRange(start: CalendarDay, end: CalendarDay | undefined): string {
  if (!end) return formatLongDay(start)
  return longDate.formatRange(Date.UTC(start.year, start.month - 1, start.day), Date.UTC(end.year, end.month - 1, end.day))
}

/** The latest of some ISO instants (they sort as text), undefined for none. */
export function latestInstant(instants: readonly string[]): string | undefined {
  return instants.reduce<string | undefined>((latest, instant) => (!latest || instant > latest ? instant : latest), undefined)
}

/** The calendar day of an ISO instant, in UTC. */
export function dayOfInstant(instant: string): CalendarDay {
  const date = new Date(instant)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}
