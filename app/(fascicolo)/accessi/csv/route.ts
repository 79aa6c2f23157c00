import { accessLogCsv } from "@/lib/access-log/csv";
import { ACCESS_ROWS_PER_DOWNLOAD, loadMyAccessLog } from "@/lib/access-log/loaders";
import { parseAccessLogFilters } from "@/lib/access-log/schema";
import { actingForName } from "@/lib/delegations/context";
import { getT } from "@/lib/i18n/server";

// The access log, with the filters of the page, as a CSV file to keep or to send to the privacy officer.
export async function GET(request: Request) {
  const { filters } = parseAccessLogFilters(Object.fromEntries(new URL(request.url).searchParams));
  const outcome = await loadMyAccessLog({ ...filters, prima: undefined }, ACCESS_ROWS_PER_DOWNLOAD);
  if (!outcome.allowed) return new Response("Non disponibile", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(accessLogCsv(outcome.value.rows, await getT(), (await actingForName()) !== null), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accessi-fascicolo.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
