/** `npm run test:e2e [-- playwright args]`: installs Chromium with apt when missing, then runs Playwright. */
import { spawnSync } from 'node:child_process'
import { ensureChromium } from '../shared/system-packages'

if (!ensureChromium()) process.exit(1)
const child = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
process.exit(child.status ?? 1)
