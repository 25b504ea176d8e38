import Link from 'next/link'
import { speakerKey, type Speaker } from '@/lib/content'
import { speakerPath } from '@/lib/routes'

type Props = { speakers: Speaker[] }

/** The letter a speaker is filed under: the first of their name without accents, `#` for others. */
function letterOf(name: string): string {
  const first = speakerKey(name).charAt(0).toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

/** Speakers A to Z, grouped by letter, each with how many talks they gave; a row of letters to jump. */
export function SpeakerIndex({ speakers }: Props) {
  const groups = new Map<string, Speaker[]>()
  for (const speaker of speakers) {
    const letter = letterOf(speaker.name)
    groups.set(letter, [...(groups.get(letter) ?? []), speaker])
  }
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
  return (
    <>
      <nav aria-label="Speakers by letter">
        <ul className="letter-index">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter === '#' ? 'other' : letter.toLowerCase()}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => {
        const id = `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`
        return (
          <section key={letter} className="speaker-group" aria-labelledby={id}>
            <h2 id={id}>{letter}</h2>
            <ul className="speaker-index">
              {groups.get(letter)!.map((speaker) => (
                <li key={speaker.slug}>
                  <Link href={speakerPath(speaker)}>{speaker.name}</Link>
                  <span className="speaker-index__count">{speaker.talks.length === 1 ? '1 talk' : `${speaker.talks.length} talks`}</span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
