// Throughput and latency at the configured connections: the two ceilings (bare Node, minimal Next page)
// and the portal's four pages on the large dataset, measured back to back so their ratios hold.
import { measure } from "./load.mjs";
import { checkPages, LONG_HISTORY, PAGES, pagesOf } from "./pages.mjs";

function loadOf(settings) {
  return { connections: settings.connections, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds };
}

/** A ceiling: the bare Node server or the minimal Next page, at `origin`. */
export async function measureCeiling(settings, label, origin) {
  console.log(`[bench] ${label}…`);
  return measure({ url: `${origin}/` }, loadOf(settings));
}

/** `portal`: { origin, dataset, sessions(personIds) → cookies }. */
export async function measurePages(settings, portal) {
  const { spec } = portal.dataset;
  const [cookie] = await portal.sessions([`bench-p${LONG_HISTORY}`]);
  const longHistory = pagesOf(LONG_HISTORY, spec, cookie);
  const typicalCookies = await portal.sessions(Array.from({ length: settings.connections }, (_, k) => `bench-p${k + 1}`));
  const typicalList = (k) => [pagesOf(k + 1, spec, typicalCookies[k])[0]];
  const statuses = await checkPages(portal.origin, [...longHistory, ...typicalCookies.map((_, k) => typicalList(k)[0])]);
  const rows = [];
  for (const [index, page] of PAGES.entries()) {
    console.log(`[bench] ${portal.dataset.engine}: ${page.label}, paziente con ${spec.big} documenti…`);
    rows.push({ page: page.key, patient: "long", result: await measure({ url: portal.origin, requests: [longHistory[index]] }, loadOf(settings)) });
    if (page.key === "list") {
      console.log(`[bench] ${portal.dataset.engine}: /documenti, ${settings.connections} pazienti tipici…`);
      rows.push({ page: page.key, patient: "typical", result: await measure({ url: portal.origin, perConnection: typicalList }, loadOf(settings)) });
    }
  }
  return { rows, statuses };
}
