// The regional monitoring page on the large dataset, as its administrator opens it: every indicator at
// the reference date, its 12-month trend and the availability table, all aggregate queries over the whole
// region. One connection: an administrator's page is read by one person at a time; what counts is how
// long it takes to answer (goal: under 2 s), the first, cold answer included.
import { measure } from "./load.mjs";
import { checkPages } from "./pages.mjs";

/** The dataset's administrator (generate-dataset.ts, BENCH_ADMIN). */
export const BENCH_ADMIN = "bench-admin";

export async function measureMonitoring(settings, portal) {
  const [cookie] = await portal.sessions([BENCH_ADMIN]);
  const request = { method: "GET", path: "/monitoraggio", headers: { cookie } };
  const started = performance.now();
  const statuses = await checkPages(portal.origin, [request]);
  const firstMs = performance.now() - started;
  console.log(`[bench] ${portal.dataset.engine}: /monitoraggio, ${portal.dataset.spec.documents} documenti (prima risposta ${firstMs.toFixed(0)} ms)…`);
  const result = await measure({ url: portal.origin, requests: [request] }, { connections: 1, seconds: settings.seconds, warmupSeconds: Math.min(2, settings.warmupSeconds) });
  return { firstMs, result, statuses };
}
