import { describe, it, expect, afterEach } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { mdxComponents } from './mdx-components'
import { Tweet } from './tweet'
import { YouTube } from './you-tube'
import { Talk } from './talk'
import { TalkList } from './talk-list'
import { Gist } from './gist'
import { Asciinema } from './asciinema'
import { SmartLink } from './smart-link'
import { Figure } from './figure'
import { Note, Warning } from './note'
import { COMPONENTS } from '@/lib/markdown/shortcodes'

const html = (element: React.ReactElement) => renderToStaticMarkup(element)

describe('the components map', () => {
  it('has a component for every name in lib/markdown/shortcodes.ts, and no other', () => {
    expect(Object.keys(mdxComponents).filter((name) => name !== 'a').sort()).toEqual(Object.keys(COMPONENTS).sort())
  })

  it('marks each root with data-component', () => {
    const samples: Record<string, React.ReactElement> = {
      tweet: <Tweet id="4444444444444444444" />,
      'you-tube': <YouTube id="Z3nfLI3z0hc" />,
      note: <Note>Hi</Note>,
      warning: <Warning>Hi</Warning>,
      figure: <Figure src="/a.png" />,
      talk: <Talk title="T" url="https://youtu.be/Z3nfLI3z0hc" speakers="A, B" />,
      'talk-list': <TalkList />,
      gist: <Gist user="spf13" id="7896402" />,
      asciinema: <Asciinema id="227055" />,
    }
    for (const [kebab, element] of Object.entries(samples)) expect(html(element)).toMatch(new RegExp(`^<[a-z]+ data-component="${kebab}"`))
  })
})

describe('Tweet', () => {
  afterEach(() => {
    delete process.env.RECAP_TWEETS_DIR
  })

  it("renders a cached tweet with react-tweet's theme, its images from the site itself", () => {
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    const out = html(<Tweet id="1111111111111111111" />)
    expect(out).toContain('data-component="tweet"')
    expect(out).toContain('react-tweet-theme')
    expect(out).toContain('This is a made-up tweet')
    expect(out).toContain('src="/tweets/1111111111111111111/avatar.png"')
    expect(out).toContain('src="/tweets/1111111111111111111/media-1.jpg"')
    expect(out).not.toMatch(/src="https?:/)
  })

  it('shows a video as its poster and a quoted tweet without its images, with nothing from X', () => {
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    const out = html(<Tweet id="5555555555555555555" />)
    expect(out).toContain('A made-up reply with a video')
    expect(out).toContain('Replying to')
    expect(out).toMatch(/<img width="960" height="540" src="\/tweets\/5555555555555555555\/media-1.jpg" alt="Video poster; the video plays on X"/)
    expect(out).toContain("This is a made-up tweet for recap's tests.")
    expect(out).not.toContain('<video')
    expect(out).not.toContain('Fixture Org')
    expect(out).not.toMatch(/src="https?:/)
    expect(out).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /)
  })

  it('falls back to a card linking to the tweet when it is not cached', () => {
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    const out = html(<Tweet id="4444444444444444444" user="linkerd" />)
    expect(out).toContain('href="https://x.com/i/status/4444444444444444444"')
    expect(out).toContain('View the post by @linkerd on X')
  })

  it('says a deleted tweet is gone, with the author the cache remembers', () => {
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    expect(html(<Tweet id="2222222222222222222" />)).toContain('This post by @gone_account is no longer available on X.')
  })

  it('falls back when the cache file is unusable', () => {
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    expect(html(<Tweet id="3333333333333333333" />)).toContain('href="https://x.com/i/status/3333333333333333333"')
  })
})

describe('YouTube', () => {
  it('renders a poster button and a plain link, and no request to YouTube', () => {
    const out = html(<YouTube id="Z3nfLI3z0hc" title="Intro to Linkerd" start="30" />)
    expect(out).toContain('aria-label="Play video: Intro to Linkerd"')
    expect(out).toContain('href="https://www.youtube.com/watch?v=Z3nfLI3z0hc&amp;t=30s"')
    expect(out).not.toContain('<iframe')
    expect(out).not.toMatch(/src="https?:/)
  })
})

describe('Talk', () => {
  it('shows the title, every speaker with their organisation, and the start time', () => {
    const out = html(<Talk title="Autoscaling with Thanos" url="https://youtu.be/qTxunwzYO0g?t=75" speakers="Andrew Seigner, Buoyant & Frederic Branczyk, Red Hat" />)
    expect(out).toContain('>Autoscaling with Thanos</a>')
    expect(out.replace(/<[^>]+>/g, '')).toContain('Andrew Seigner, Buoyant &amp; Frederic Branczyk, Red Hat')
    expect(out).toContain('starts at 1:15')
  })
})

describe('SmartLink', () => {
  it('keeps site links on the site and marks links to other sites', () => {
    // Outside a Next build, next/link does not know about trailingSlash and drops the slash.
    expect(html(<SmartLink href="/2019/05/18/linkerd-benchmarks/">a</SmartLink>)).toMatch(/^<a href="\/2019\/05\/18\/linkerd-benchmarks\/?">a<\/a>$/)
    expect(html(<SmartLink href="https://kinvolk.io">b</SmartLink>)).toBe('<a href="https://kinvolk.io" rel="noopener noreferrer">b</a>')
    expect(html(<SmartLink href="#results">c</SmartLink>)).toBe('<a href="#results">c</a>')
    expect(html(<SmartLink href="mailto:a@example.com">d</SmartLink>)).toBe('<a href="mailto:a@example.com">d</a>')
  })
})

describe('Gist and Asciinema', () => {
  it('link out instead of loading third-party scripts', () => {
    expect(html(<Gist user="spf13" id="7896402" file="img.html" />)).toContain('href="https://gist.github.com/spf13/7896402#file-img-html"')
    expect(html(<Asciinema id="227055" />)).toContain('href="https://asciinema.org/a/227055"')
  })
})
