// A small closed-loop load generator: `connections` keep-alive clients send requests back to back for
// `durationMs`, and every latency is kept, so percentiles are exact rather than estimated.
import http from "node:http";

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function load(url, { connections = 10, durationMs = 10_000, warmupMs = 2_000, headers = {}, maxRequests = Infinity } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const once = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(url, { agent, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: response.statusCode === 200 }));
      });
      request.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: false }));
    });
  const run = async (ms, record) => {
    const deadline = Date.now() + ms;
    let sent = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < deadline && sent < maxRequests) {
          sent++;
          const result = await once();
          record?.(result);
        }
      }),
    );
  };
  if (warmupMs > 0) await run(warmupMs);
  const latencies = [];
  let errors = 0;
  const started = Date.now();
  await run(durationMs, (result) => {
    if (result.ok) latencies.push(result.ms);
    else errors++;
  });
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + errors,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
