import { describe, it, expect } from 'vitest'
import { THEME_SCRIPT, THEME_STORAGE_KEY } from './theme'

/** Runs the inline theme script against a stand-in for localStorage and <html>. */
function runThemeScript(getItem: (key: string) => string | null): Record<string, string> {
  const dataset: Record<string, string> = {}
  new Function('localStorage', 'document', THEME_SCRIPT)({ getItem }, { documentElement: { dataset } })
  return dataset
}

describe('THEME_SCRIPT', () => {
  it('applies a stored light or dark choice', () => {
    expect(runThemeScript((key) => (key === THEME_STORAGE_KEY ? 'dark' : null))).toEqual({ theme: 'dark' })
    expect(runThemeScript((key) => (key === THEME_STORAGE_KEY ? 'light' : null))).toEqual({ theme: 'light' })
  })

  it('leaves the system in charge when nothing valid is stored', () => {
    expect(runThemeScript(() => null)).toEqual({})
    expect(runThemeScript(() => 'purple')).toEqual({})
  })

  it('never throws when storage is blocked', () => {
    expect(
      runThemeScript(() => {
        throw new Error('SecurityError')
      }),
    ).toEqual({})
  })
})
