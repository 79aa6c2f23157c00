// Load generation with autocannon: a warm-up, then a measured run whose every response time is kept, so
// the percentiles (p95 included, which autocannon's summary lacks) are exact. Non-2xx answers, connection
// errors and timeouts are counted apart, and all of them count as failures.
import autocannon from "autocannon";

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function fire(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", (_client, _status, _bytes, responseTime) => onResponse(responseTime));
  });
}

/**
 * `target`: { url, headers?, requests?, perConnection? } where perConnection(index) gives the requests of
 * the index-th connection (each its own patient), overriding `requests`.
 * `load`: { connections, seconds, warmupSeconds, overallRate? }.
 */
export async function measure(target, { connections, seconds, warmupSeconds, overallRate }) {
  let next = 0;
  const base = {
    url: target.url,
    connections,
    headers: target.headers,
    requests: target.requests,
    overallRate,
    timeout: 10,
    setupClient: target.perConnection ? (client) => client.setRequests(target.perConnection(next++ % connections)) : undefined,
  };
  if (warmupSeconds > 0) {
    await fire({ ...base, duration: warmupSeconds });
    next = 0;
  }
  const times = [];
  const result = await fire({ ...base, duration: seconds }, (ms) => times.push(ms));
  const sorted = Float64Array.from(times).sort();
  const ok = result["2xx"];
  return {
    requests: times.length,
    ok,
    rps: ok / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failures: result.non2xx + result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)])),
  };
}
