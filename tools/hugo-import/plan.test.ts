import { describe, expect, it } from 'vitest'
import { folderPatterns, mergePermalinksText, normaliseInto, unsupportedTokens } from './import'

describe('folderPatterns', () => {
  it('writes the pattern once, tokens and all, when the section keeps its own name as the folder', () => {
    expect(folderPatterns({ section: 'blog', pattern: '/:sections[1:]/:slug/', folders: ['', '2023'], sectionFolders: new Set(['2023']), into: 'blog' })).toEqual([
      { folder: 'blog', pattern: '/:sections[1:]/:slug/' },
    ])
    // Hugo's default (the folder path) is :sections where every folder with posts is a section.
    expect(folderPatterns({ section: 'blog', pattern: undefined, folders: ['', '2022', '2023'], sectionFolders: new Set(['2022', '2023']), into: 'blog' })).toEqual([
      { folder: 'blog', pattern: '/:sections/:slugorfilename/' },
    ])
  })

  it('writes :sections[1:] out folder by folder when the folder is not the section', () => {
    expect(folderPatterns({ section: 'blog', pattern: '/x/:sections[1:]/:slug/', folders: ['', 'y'], sectionFolders: new Set(['y']), into: '' })).toEqual([
      { folder: '.', pattern: '/x//:slug/' },
      { folder: 'y', pattern: '/x/y/:slug/' },
    ])
  })

  it('writes :section out as the section name: recap folders are not Hugo sections', () => {
    expect(folderPatterns({ section: 'notes', pattern: '/:section/:slug/', folders: ['', 'deep'], sectionFolders: new Set(['deep']), into: 'n' })).toEqual([
      { folder: 'n', pattern: '/notes/:slug/' },
    ])
  })

  it('gives a folder its own line when :sections differs there', () => {
    expect(
      folderPatterns({ section: 'articles', pattern: '/:sections/:slug/', folders: ['', 'guides', 'misc'], sectionFolders: new Set(['guides']), into: '' }),
    ).toEqual([
      { folder: '.', pattern: '/articles/:slug/' },
      { folder: 'guides', pattern: '/articles/guides/:slug/' },
    ])
  })

  it("follows Hugo's default, folder by folder, when the site sets no pattern", () => {
    expect(folderPatterns({ section: 'docs', pattern: undefined, folders: ['', 'sub'], sectionFolders: new Set(), into: 'docs' })).toEqual([
      { folder: 'docs', pattern: '/docs/:slugorfilename/' },
      { folder: 'docs/sub', pattern: '/docs/sub/:slugorfilename/' },
    ])
  })
})

describe('mergePermalinksText', () => {
  it('keeps comments and other folders, and sets the new ones', () => {
    const merged = mergePermalinksText('# ours\n.: /:year/:month/:day/:slug/\n', [{ folder: 'notes', pattern: '/notes/:slug/' }])
    expect(merged).toBe('# ours\n.: /:year/:month/:day/:slug/\nnotes: /notes/:slug/\n')
  })
})

describe('unsupportedTokens and normaliseInto', () => {
  it('names tokens recap cannot expand', () => {
    expect(unsupportedTokens('/:year/:sectionslug/:slug/:sections[1:]/:sections[last]/:sections[x]/')).toEqual(['sectionslug', 'sections[x]'])
  })

  it('keeps --into inside content/posts/', () => {
    expect(normaliseInto('/a//b/')).toEqual({ folder: 'a/b' })
    expect(normaliseInto('../x').error).toMatch(/must name a folder under content\/posts\//)
  })
})
