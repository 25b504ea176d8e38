import { ImageResponse } from 'next/og'
import { SHARE_IMAGE_SIZE } from '../share-image'
import { site, type Palette } from '../site'
import { prepareShareImageText, shareImageFontFamily, type PreparedText } from './fonts'

/** What a share card says: a small line above (the site, an event), the title, a line below. */
export type ShareCard = { kicker: string; title: string; footer: string }

/** A title long enough to need smaller type; lengths in characters. */
function titleSize(title: string): number {
  const length = [...title].length
  if (length <= 40) return 76
  if (length <= 80) return 62
  return 50
}

/** Words laid out as a wrapping row, each word's pieces in their own text node (see fonts.ts). */
function Words({ words, style }: { words: PreparedText; style: Record<string, string | number> }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', ...style }}>
      {words.map((pieces, i) => (
        <div key={i} style={{ display: 'flex', marginRight: '0.26em' }}>
          {pieces.map((piece, j) => (
            <span key={j}>{piece}</span>
          ))}
        </div>
      ))}
    </div>
  )
}

/**
 * A 1200x630 PNG card for a page, drawn by next/og with fonts from the repository only: no
 * network, whatever the title holds (emoji, CJK, markup). Its colours are the dark theme's of
 * site.config.ts: a dark card stands out on light and dark timelines alike.
 */
export function renderShareCard(card: ShareCard, colors: Palette = site.theme.dark): ImageResponse {
  const { fonts, texts } = prepareShareImageText([card.kicker, card.title, card.footer])
  const [kicker, title, footer] = texts
  const size = titleSize(card.title)
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px',
          background: colors.bg,
          color: colors.text,
          fontFamily: shareImageFontFamily(),
          borderLeft: `16px solid ${colors.accent}`,
        }}
      >
        <Words words={kicker} style={{ fontSize: 32, color: colors.accent, fontWeight: 400 }} />
        <Words
          words={title}
          style={{ fontSize: size, fontWeight: 700, lineHeight: 1.15, maxHeight: size * 1.15 * 4, overflow: 'hidden' }}
        />
        <Words words={footer} style={{ fontSize: 30, color: colors.muted, fontWeight: 400 }} />
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts },
  )
}
