// Load generation with autocannon: a warm-up, then a measured run whose every response time is kept, so
// the percentiles (p95 included, which autocannon's summary lacks) are exact. Non-2xx answers, connection
// errors and timeouts are counted apart, and all of them count as failures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

// CPU time the server process spent, read from /proc: unlike req/s it barely depends on what else the
// machine (the load generator included) is doing, so it is the figure that sizing is computed from.
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

function listenerPid(url) {
  const port = new URL(url).port;
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    return Number(/pid=(\d+)/.exec(out)?.[1]) || null;
  } catch {
    return null;
  }
}

function cpuMs(pid) {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime + stime
}

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
  const pid = listenerPid(target.url);
  const cpuBefore = cpuMs(pid);
  const result = await fire({ ...base, duration: seconds }, (ms) => times.push(ms));
  const cpuSpent = cpuMs(pid) - cpuBefore;
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
    cpuMsPerRequest: times.length > 0 ? cpuSpent / times.length : NaN,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)])),
  };
}
