// The document list's latency against the size of the database: the long-history patient's list on the
// small and the large dataset, at one connection (latency proper) and at the configured connections.
import { measure } from "./load.mjs";
import { checkPages, LONG_HISTORY, pagesOf } from "./pages.mjs";

export async function measureListLatency(settings, portal, connections) {
  const [cookie] = await portal.sessions([`bench-p${LONG_HISTORY}`]);
  const list = pagesOf(LONG_HISTORY, portal.dataset.spec, cookie)[0];
  await checkPages(portal.origin, [list]);
  console.log(`[bench] ${portal.dataset.engine}: /documenti a ${connections} connessioni, ${portal.dataset.spec.documents} documenti…`);
  return measure({ url: portal.origin, requests: [list] }, { connections, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds });
}
