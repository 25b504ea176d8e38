// Worker bootstrap for tools/check/check.ts: Node's worker threads do not inherit tsx's loader, so register
// it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api'
import { workerData } from 'node:worker_threads'

register()
await import(workerData.entry)
