'use client'

import { useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from '@/lib/theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const root = () => document.documentElement

// The theme in force: the reader's choice (on <html data-theme>), else the system's.
function isDark(): boolean {
  const chosen = root().dataset.theme
  return chosen ? chosen === 'dark' : matchMedia(DARK_QUERY).matches
}

// Re-renders when the system theme changes, a click sets data-theme, or another tab stores a choice.
function subscribe(onChange: () => void): () => void {
  const media = matchMedia(DARK_QUERY)
  const observer = new MutationObserver(onChange)
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY && (event.newValue === 'light' || event.newValue === 'dark')) {
      root().dataset.theme = event.newValue
    }
  }
  media.addEventListener('change', onChange)
  observer.observe(root(), { attributeFilter: ['data-theme'] })
  addEventListener('storage', onStorage)
  return () => {
    media.removeEventListener('change', onChange)
    observer.disconnect()
    removeEventListener('storage', onStorage)
  }
}

function toggle() {
  const next = isDark() ? 'light' : 'dark'
  root().dataset.theme = next
  try {
    localStorage.setItem(THEME_STORAGE_KEY, next)
  } catch {
    // Storage is blocked: the choice lasts until the next page.
  }
}

/**
 * Switches between the light and dark theme and remembers the choice. The server cannot know the
 * theme, so `aria-pressed` appears once the page is interactive.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => undefined)
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={toggle}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
      </svg>
      <span className="visually-hidden">Dark theme</span>
    </button>
  )
}
