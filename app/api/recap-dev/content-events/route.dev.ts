import { createHash } from 'node:crypto'
import { contentSignature, getContentDir } from '@/lib/content'
import { watchContent } from '@/lib/content/watcher'

// Only `next dev` builds this file (see pageExtensions in next.config.js): a Server-Sent Events
// stream that says "change" whenever a file under content/ changes, for components/live-reload.tsx.
export const dynamic = 'force-dynamic'

/** A short fingerprint of the content folder, so a page that (re)connects can tell it missed a change. */
function fingerprint(dir: string): string {
  return createHash('sha1').update(contentSignature(dir)).digest('hex').slice(0, 12)
}

export function GET(request: Request): Response {
  const dir = getContentDir()
  const encoder = new TextEncoder()
  let stop = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text))
        } catch {
          stop()
        }
      }
      const unsubscribe = watchContent(dir, (file) => send(`event: change\ndata: ${JSON.stringify({ file, signature: fingerprint(dir) })}\n\n`))
      // A comment line now and then keeps proxies and the browser from closing an idle stream.
      const heartbeat = setInterval(() => send(': ping\n\n'), 15_000)
      stop = () => {
        unsubscribe()
        clearInterval(heartbeat)
      }
      request.signal.addEventListener('abort', () => {
        stop()
        try {
          controller.close()
        } catch {
          // Already closed.
        }
      })
      send(`event: ready\ndata: ${JSON.stringify({ signature: fingerprint(dir) })}\n\n`)
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  })
}
