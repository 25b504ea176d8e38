import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Where Chromium is: CHROMIUM_PATH, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for Debian's Chromium under Playwright here: no sandbox (root), no GPU, no calls home. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync']

/** Installs Debian packages with apt (as root, or with sudo); false when that is not possible. */
function aptInstall(packages: string[]): boolean {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' })
    return true
  } catch {
    return false
  }
}

/**
 * Makes sure Debian's Chromium is installed (Playwright cannot download its own browser here).
 * Installs it with apt when missing; returns false when that is not possible.
 */
export function ensureChromium(): boolean {
  if (existsSync(chromiumPath)) return true
  console.log(`Chromium not found at ${chromiumPath}; installing Debian's chromium with apt…`)
  if (!aptInstall(['chromium'])) console.error('Could not install chromium with apt-get; install it, or set CHROMIUM_PATH to a Chromium binary.')
  return existsSync(chromiumPath)
}

/** Whether `hugo` runs. */
export function hasHugo(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0
}

/** Makes sure Hugo is installed (the importer's tests compare with Hugo itself); apt when missing. */
export function ensureHugo(): boolean {
  if (hasHugo()) return true
  console.log("hugo not found; installing Debian's hugo with apt…")
  if (!aptInstall(['hugo'])) console.error('Could not install hugo with apt-get; the tests that compare with Hugo will be skipped.')
  return hasHugo()
}
