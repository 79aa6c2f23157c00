// The portal pages the benchmark measures, and who asks for them: the patient with the long history
// (bench-p0, the last 2,000 documents) or typical patients (bench-p1…), each on their own session.

export const PAGES = [
  { key: "list", label: "/documenti", path: () => "/documenti" },
  { key: "document", label: "/documenti/<id>", path: (documentId) => `/documenti/${documentId}` },
  { key: "accessLog", label: "/accessi", path: () => "/accessi" },
  { key: "home", label: "/", path: () => "/" },
];

/** A document patient `i` can see, following generate-dataset.ts's assignment of documents to patients. */
export function documentOf(i, spec) {
  return `bench-d${i === 0 ? spec.documents - spec.big : i - 1}`;
}

export const LONG_HISTORY = 0;

/** The four pages of patient `i`, in the order a connection cycles through them. */
export function pagesOf(i, spec, cookie) {
  return PAGES.map((page) => ({ method: "GET", path: page.path(documentOf(i, spec)), headers: { cookie } }));
}

/**
 * Every page must answer 200 to the sessions used, or the measurement would time a redirect or an error
 * page: the first answer of each is checked and kept for the report.
 */
export async function checkPages(origin, requests) {
  const statuses = {};
  for (const request of requests) {
    const response = await fetch(`${origin}${request.path}`, { headers: request.headers, redirect: "manual" });
    await response.arrayBuffer();
    statuses[request.path] = response.status;
    if (response.status !== 200) console.warn(`[bench] ATTENZIONE: ${request.path} risponde ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return statuses;
}
