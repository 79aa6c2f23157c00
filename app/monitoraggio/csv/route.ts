import { loadMonitoringReport } from "@/lib/monitoring/loaders";
import { monitoringCsv } from "@/lib/monitoring/export";
import { parseMonitoringQuery } from "@/lib/monitoring/schema";

// The page's figures as a CSV file, for the date and period chosen there; a wrong choice falls back to
// the defaults, as on the page.
export async function GET(request: Request) {
  const { query } = parseMonitoringQuery(Object.fromEntries(new URL(request.url).searchParams));
  const report = await loadMonitoringReport(query, "DOWNLOAD_CSV");
  if (!report) return new Response("Non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(monitoringCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="monitoraggio-fse-${report.referenceDate}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
