import { parentPort, workerData } from 'node:worker_threads'
import type { SiteContent } from '../../lib/content'
import type { WorkerReply, WorkerRequest } from './check'
import { compileForCheck } from './compile'

/** A worker thread of `npm run check`: compiles the posts tools/check/check.ts hands it, one at a time. */

const { content, contentDir, publicDir } = workerData as { content: SiteContent; contentDir: string; publicDir: string }
const port = parentPort!

port.on('message', async ({ index }: WorkerRequest) => {
  const problems = await compileForCheck(content, content.allPosts[index], { contentDir, publicDir })
  port.postMessage({ index, problems } satisfies WorkerReply)
})
port.postMessage({ ready: true } satisfies WorkerReply)
