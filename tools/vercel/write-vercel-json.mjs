/**
 * `node tools/vercel/write-vercel-json.mjs`: writes the security headers of lib/security-headers.mjs
 * into vercel.json (for a static export deployed on Vercel; a `next build` there sends them from
 * next.config.js as well). lib/security-headers.test.ts fails when the two drift apart.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { vercelHeaders } from '../../lib/security-headers.mjs'

const file = new URL('../../vercel.json', import.meta.url)
const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
config.headers = vercelHeaders({ isProduction: true })
writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
console.log('vercel.json: headers written from lib/security-headers.mjs')
