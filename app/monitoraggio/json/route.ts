import { loadMonitoringReport } from "@/lib/monitoring/loaders";
import { monitoringJson } from "@/lib/monitoring/export";
import { parseMonitoringQuery } from "@/lib/monitoring/schema";

// The page's figures as JSON, for the region's own statistics: the same disclosed counts.
export async function GET(request: Request) {
  const { query } = parseMonitoringQuery(Object.fromEntries(new URL(request.url).searchParams));
  const report = await loadMonitoringReport(query, "DOWNLOAD_JSON");
  if (!report) return new Response("Non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(monitoringJson(report), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="monitoraggio-fse-${report.referenceDate}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
