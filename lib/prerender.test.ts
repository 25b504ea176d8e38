import { describe, expect, it } from 'vitest'
import { isStaticExport, selectPrerendered } from './prerender'

const posts = ['newest', 'second', 'third', 'oldest']

describe('selectPrerendered', () => {
  it('prerenders every post when the setting is all', () => {
    expect(selectPrerendered(posts, 'all', false)).toEqual(posts)
  })
  it('prerenders the newest N posts (the list is newest first)', () => {
    expect(selectPrerendered(posts, 2, false)).toEqual(['newest', 'second'])
    expect(selectPrerendered(posts, 1, false)).toEqual(['newest'])
  })
  it('prerenders none at 0 and all when N exceeds the posts', () => {
    expect(selectPrerendered(posts, 0, false)).toEqual([])
    expect(selectPrerendered(posts, 10, false)).toEqual(posts)
  })
  it('writes every post in a static export, whatever the setting', () => {
    expect(selectPrerendered(posts, 1, true)).toEqual(posts)
    expect(selectPrerendered(posts, 0, true)).toEqual(posts)
  })
  it('knows a static export by RECAP_STATIC_EXPORT', () => {
    expect(isStaticExport({ RECAP_STATIC_EXPORT: '1' })).toBe(true)
    expect(isStaticExport({})).toBe(false)
  })
})
