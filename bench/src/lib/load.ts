import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  durationSec: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Path (and query) of the next request; called for every request. */
  nextPath: () => string;
  /** Body of the next request (POST). */
  nextBody?: () => string;
}

export interface LoadResult {
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Responses by status code, when any was not 2xx. */
  statuses?: Record<string, number>;
}

const percentile = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const round = (n: number, d = 1) => Number(n.toFixed(d));

/** Drives the URL with autocannon and computes exact percentiles from every response time. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let finish: (e: Error | null, r: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => { finish = (e, r) => (e ? reject(e) : resolve(r)); });
  const instance = autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.durationSec,
    method: o.method ?? 'GET',
    headers: o.headers ?? {},
    timeout: 30,
    requests: [{
      setupRequest: (req) => ({ ...req, path: o.nextPath(), ...(o.nextBody ? { body: o.nextBody() } : {}) }),
    }],
  }, (e, r) => finish(e as Error | null, r));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await done;
  const sorted = Float64Array.from(latencies).sort();
  const non2xx = [...statuses].filter(([s]) => s < 200 || s > 299).reduce((a, [, n]) => a + n, 0);
  const seconds = result.duration || o.durationSec;
  return {
    requests: latencies.length,
    requestsPerSec: round(latencies.length / seconds, 0),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    errors: result.errors, // includes timeouts
    non2xx,
    ...(non2xx > 0 ? { statuses: Object.fromEntries([...statuses].map(([s, n]) => [String(s), n])) } : {}),
  };
}
