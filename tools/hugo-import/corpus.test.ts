import { expect, it } from 'vitest'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir, describeWith } from '../../tests/helpers/external'
import { formatProblem, sortProblems } from '../../lib/content/problems'
import { importHugoSite } from './import'
import { makeProject } from './test-helpers'

// The shared Linkerd blog corpus sits beside the repository, never in it.
const CORPUS = corpusDir('linkerd-blog-2019')

describeWith([{ kind: 'shared', path: CORPUS }], 'the shared Linkerd corpus, imported (dry run)', () => {
  const project = makeProject()
  const report = importHugoSite({ siteDir: CORPUS, projectDir: project, dryRun: true })
  rmSync(project, { recursive: true, force: true })

  it('brings every post and referenced file, and no error', () => {
    expect(report.posts).toHaveLength(73)
    // Every file of static/ (the referenced files and the avatars data/authors.json names).
    expect(report.statics).toHaveLength(readdirSync(join(CORPUS, 'static'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length)
    expect(report.sectionPages).toEqual(['content/blog/_index.md'])
    expect(report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([])
  })

  it('counts the shortcodes MANIFEST.md lists', () => {
    expect(Object.fromEntries(report.shortcodes)).toEqual({ ref: 238, fig: 109, relref: 23, youtube: 13, tweet: 8, note: 5, asciinema: 1, table: 1 })
  })

  it('names its 17 authors, every one of them from data/authors.json, avatars found under static/', () => {
    expect(report.authors).toHaveLength(17)
    expect(report.authors[0]).toEqual({ id: 'william', posts: 19, isKnown: true })
    expect(report.authors.filter((author) => !author.isKnown)).toEqual([])
    const william = report.authorEntries.find((entry) => entry.id === 'william')
    expect(william).toMatchObject({ name: 'William Morgan', avatar: '/images/authors/WilliamMorgan.jpg', status: 'new' })
    // A file name with a space, as the theme's <img src="/images/authors/{{ .avatar }}"> had it.
    expect(report.authorEntries.find((entry) => entry.id === 'gmiranda23')?.avatar).toBe('/images/authors/george miranda.jpeg')
    expect(report.authorEntries.find((entry) => entry.id === 'alex')?.avatar).toBeUndefined()
  })

  it('warns about the two links written without a scheme, the {{> that is not a shortcode, and YAML only Hugo reads', () => {
    const warnings = sortProblems(report.problems.filter((problem) => problem.severity === 'warning')).map(formatProblem)
    expect(warnings).toEqual([
      expect.stringMatching(/a-service-mesh-for-kubernetes-part-ix-grpc-for-fun-and-profit\.md:62:1: warning: `\{\{>` looks like a shortcode/),
      expect.stringMatching(/browser-testing-from-scratch-.*\.md:3: warning: front matter is not strict YAML/),
      expect.stringMatching(/kubecon-eu-2019-linkerd-roundup\.md:28:37: warning: link "smi-spec\.org" has no scheme/),
      expect.stringMatching(/linkerd-benchmarks\.md:167:5: warning: link "slack\.linkerd\.io" has no scheme/),
    ])
  })

  it('keeps the dates whose weekday is wrong on the day written, as Hugo did', () => {
    const url = (file: string) => report.urls.find((entry) => entry.target === `content/posts/${file}`)?.path
    expect(url('icymi-may-2019-san-francisco-linkerd-meetup.md')).toBe('/2019/05/12/icymi-may-2019-san-francisco-linkerd-meetup/')
    expect(url('linkerd-benchmarks.md')).toBe('/2019/05/18/linkerd-benchmarks/')
    expect(url('announcing-linkerd-2-3.md')).toBe('/2019/04/16/announcing-linkerd-2.3/')
  })
})
