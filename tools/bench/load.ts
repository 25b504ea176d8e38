import autocannon from 'autocannon'

/** What a page did under load. */
export type LoadResult = {
  url: string
  connections: number
  seconds: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number
  requests: number
}

/** Loads `url` with autocannon (gzip accepted, as browsers do) and sums up the run. */
export async function loadTest(url: string, options: { connections?: number; seconds?: number } = {}): Promise<LoadResult> {
  const connections = options.connections ?? 10
  const seconds = options.seconds ?? 10
  const result = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } })
  return {
    url,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  }
}
