import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

/** Where Chromium is: CHROMIUM_PATH, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for Debian's Chromium under Playwright here: no sandbox (root), no GPU, no calls home. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync']

/**
 * Makes sure Debian's Chromium is installed (Playwright cannot download its own browser here).
 * Installs it with apt when missing; returns false when that is not possible.
 */
export function ensureChromium(): boolean {
  if (existsSync(chromiumPath)) return true
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  console.log(`Chromium not found at ${chromiumPath}; installing Debian's chromium with apt…`)
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' })
  } catch {
    console.error('Could not install chromium with apt-get; install it, or set CHROMIUM_PATH to a Chromium binary.')
    return false
  }
  return existsSync(chromiumPath)
}
