import { getContentDir } from '@/lib/content'
import { watchContent } from '@/lib/content-watcher'

// Only `next dev` builds this file (see pageExtensions in next.config.js): a Server-Sent Events
// stream that says "change" whenever a file under content/ changes, for components/live-reload.tsx.
export const dynamic = 'force-dynamic'

export function GET(request: Request): Response {
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
      const unsubscribe = watchContent(getContentDir(), (file) => send(`event: change\ndata: ${JSON.stringify({ file })}\n\n`))
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
      send('event: ready\ndata: {}\n\n')
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  })
}
