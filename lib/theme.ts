/**
 * Light and dark themes. With no stored choice the page follows `prefers-color-scheme` (the CSS
 * does that on its own); a choice made with the toggle is kept in localStorage and applied as
 * `<html data-theme="light|dark">`, which the CSS prefers over the system setting.
 */

/** The localStorage key that remembers the reader's choice. */
export const THEME_STORAGE_KEY = 'recap-theme'

/** The themes a reader can choose. */
export const THEMES = ['light', 'dark'] as const

/** A theme a reader can choose. */
export type Theme = (typeof THEMES)[number]

/**
 * Runs inline in <head>, before the first paint, so a stored choice never flashes the other
 * theme. It is a constant string on purpose: a Content-Security-Policy can allow exactly this
 * script by its hash (`'sha256-' + base64(sha256(THEME_SCRIPT))`) without 'unsafe-inline'; change
 * the string and the hash changes with it. The toggle imports this module too, so it stays free of
 * Node APIs. localStorage can throw (blocked storage): then the page
 * simply follows the system.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`
