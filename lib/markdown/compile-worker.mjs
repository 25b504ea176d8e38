// A worker thread of the build's content step (lib/markdown/compile-site.ts). Worker threads do
// not inherit a TypeScript loader, and `next build` bundles the site's code where a worker cannot
// reach it: so register tsx here, then load the worker's TypeScript from the sources.
import { register } from 'tsx/esm/api'

register()
const worker = await import('./compile-worker.ts')

/** Tinypool's entry: one batch of posts in, their problems out. */
export default function run(batch) {
  return worker.compileBatch(batch)
}
