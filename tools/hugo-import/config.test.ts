import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { parseConfigText, readHugoConfig, sectionPermalinks } from './config'
import { FIXTURES } from './test-helpers'

describe('readHugoConfig', () => {
  it.each([
    ['yaml-blog', ['config.yaml'], { blog: '/:year/:month/:day/:slug/' }],
    ['toml-notes', ['hugo.toml'], { notes: '/:section/:year/:slugorfilename/' }],
    ['json-articles', ['config.json'], { articles: '/:sections/:slug/' }],
    ['config-dir', ['config/_default/hugo.toml', 'config/_default/permalinks.yaml'], { posts: '/p/:year/:slug/' }],
  ])('reads the permalinks of %s', (site, files, permalinks) => {
    const { config, problems } = readHugoConfig(join(FIXTURES, site))
    expect(problems).toEqual([])
    expect(config.files).toEqual(files)
    expect(config.permalinks).toEqual(permalinks)
    expect(config.contentDir).toBe('content')
    expect(config.staticDirs).toEqual(['static'])
  })

  it('reports a config it cannot read with its line', () => {
    const { problems } = parseConfigText('title = "x"\n[permalinks\nblog = 1\n', 'toml', 'config.toml')
    expect(problems).toEqual([expect.objectContaining({ file: 'config.toml', line: 2, severity: 'error' })])
  })
})

describe('sectionPermalinks', () => {
  it('reads the old and the newer form, keys in lower case as Hugo compares them', () => {
    expect(sectionPermalinks({ Blog: '/:slug/' })).toEqual({ patterns: { blog: '/:slug/' }, key: '[permalinks]', sections: {} })
    expect(sectionPermalinks({ page: { blog: '/:slug/' }, section: { blog: '/b/' } })).toEqual({ patterns: { blog: '/:slug/' }, key: '[permalinks.page]', sections: { blog: '/b/' } })
    // Only section patterns: no page pattern, so pages keep Hugo's default.
    expect(sectionPermalinks({ section: { Blog: '/articles/' } })).toEqual({ patterns: {}, key: '[permalinks.page]', sections: { blog: '/articles/' } })
    expect(sectionPermalinks(undefined)).toBeUndefined()
  })
})
