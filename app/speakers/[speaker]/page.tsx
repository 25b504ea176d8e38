import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getSpeaker, getSpeakers } from '@/lib/content'
import { speakerPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { speakerJsonLd } from '@/lib/structured-data'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { JsonLd } from '@/components/json-ld'
import { SpeakerProfile } from '@/components/speaker-profile'
import { SpeakerTalks } from '@/components/speaker-talks'

type Props = { params: Promise<{ speaker: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getSpeakers().map((speaker) => ({ speaker: speaker.slug })), { speaker: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = getSpeaker((await params).speaker)
  if (!speaker) return {}
  const count = speaker.talks.length === 1 ? 'one talk' : `${speaker.talks.length} talks`
  return pageMetadata({ title: speaker.name, description: speaker.bio ?? `${speaker.name}: ${count} with recordings, from our event recaps.`, path: speakerPath(speaker) })
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = getSpeaker((await params).speaker)
  if (!speaker) notFound()
  return (
    <>
      <JsonLd data={speakerJsonLd(speaker)} />
      <SpeakerProfile speaker={speaker} />
      <h2 className="section-heading">Talks</h2>
      <SpeakerTalks speaker={speaker} />
    </>
  )
}
