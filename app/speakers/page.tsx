import type { Metadata } from 'next'
import { getSpeakers } from '@/lib/content'
import { speakersPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { SpeakerIndex } from '@/components/speaker-index'

export const metadata: Metadata = pageMetadata({ title: 'Speakers', description: 'Everyone who gave a talk our recaps list, A to Z, with their talks and recordings.', path: speakersPath() })

export default function SpeakersPage() {
  const speakers = getSpeakers()
  return (
    <>
      <header className="page-header">
        <h1>Speakers</h1>
        <p>Everyone who gave a talk our recaps list, A to Z. Each page has their talks and recordings, across events.</p>
      </header>
      {speakers.length === 0 ? <p>No talks listed yet.</p> : <SpeakerIndex speakers={speakers} />}
    </>
  )
}
