// The long run: a fixed rate of requests over all connections, each connection a different patient
// cycling through the four pages, for BENCH_SOAK_SECONDS; every failure counts.
import { measure } from "./load.mjs";
import { checkPages, pagesOf } from "./pages.mjs";

export async function measureSoak(settings, portal) {
  const cookies = await portal.sessions(Array.from({ length: settings.connections }, (_, k) => `bench-p${k}`));
  const perConnection = (k) => pagesOf(k, portal.dataset.spec, cookies[k]);
  await checkPages(portal.origin, perConnection(0));
  console.log(`[bench] ${portal.dataset.engine}: ${settings.soakSeconds} s a ${settings.soakRate} richieste/s…`);
  const result = await measure(
    { url: portal.origin, perConnection },
    { connections: settings.connections, seconds: settings.soakSeconds, warmupSeconds: settings.warmupSeconds, overallRate: settings.soakRate },
  );
  return { ...result, seconds: settings.soakSeconds, rate: settings.soakRate };
}
